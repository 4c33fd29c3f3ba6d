import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import type { MySignup, Project, Slot } from '../../../../contracts/volunteers';
import { volunteerAppApi, volunteerAppKeys } from '../../../api/volunteer-app';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { slotTime } from '../../volunteers';
import { useVolunteer } from '../volunteer-context';

type SlotAction = { projectId: number; slotId: number; waitlist: boolean };

/** A project with only the slots not yet over: a long-running project's past weeks are of no use on the phone. */
function upcoming(projects: Project[], now: number): Project[] {
  return projects.map((p) => ({ ...p, slots: p.slots.filter((s) => new Date(s.endsAt).getTime() > now) })).filter((p) => p.slots.length > 0);
}

/** Projects recruiting in my community and above: each slot's places, and signing up, joining the waiting list or cancelling. */
export function ProjectsTab() {
  const t = useT();
  const me = useVolunteer();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const projects = useQuery({ queryKey: volunteerAppKeys.projects, queryFn: volunteerAppApi.projects });
  const signups = useQuery({ queryKey: volunteerAppKeys.signups, queryFn: volunteerAppApi.signups });
  const mine = new Map<number, MySignup>((signups.data ?? []).filter((s) => s.status !== 'cancelled').map((s) => [s.slotId, s]));
  const refresh = () => void queryClient.invalidateQueries({ queryKey: volunteerAppKeys.all });
  const signUp = useMutation({
    mutationFn: (a: SlotAction) => volunteerAppApi.signUp(a.projectId, a.slotId, me.id, a.waitlist),
    onSuccess: (s) => {
      void message.success(s.status === 'waiting' ? t('volunteers.signups.waitingAt', { position: s.position ?? 0 }) : t('vapp.projects.signedUp'));
      refresh();
    },
    onError: notifyError,
  });
  const cancel = useMutation({
    mutationFn: (a: Omit<SlotAction, 'waitlist'>) => volunteerAppApi.cancel(a.projectId, a.slotId, me.id),
    onSuccess: () => {
      void message.success(t('vapp.projects.cancelled'));
      refresh();
    },
    onError: notifyError,
  });

  const slotAction = (p: Project, s: Slot) => {
    const held = mine.get(s.id);
    const started = new Date(s.startsAt).getTime() <= Date.now();
    if (held) {
      return (
        <Flex gap={8} align="center">
          <Tag color={held.status === 'waiting' ? 'gold' : 'green'}>
            {held.status === 'waiting' ? t('volunteers.signups.waitingAt', { position: held.waitingPosition ?? 0 }) : t('volunteers.signupStatus.confirmed')}
          </Tag>
          {!started && (
            <Popconfirm title={t('vapp.projects.cancelTitle')} onConfirm={() => cancel.mutate({ projectId: p.id, slotId: s.id })}>
              <Button size="small" danger data-testid="vapp-cancel">
                {t('volunteers.signups.cancel')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      );
    }
    if (started) return <Tag>{t('vapp.projects.started')}</Tag>;
    return (
      <Button
        size="small"
        type={s.full ? 'default' : 'primary'}
        loading={signUp.isPending && signUp.variables?.slotId === s.id}
        onClick={() => signUp.mutate({ projectId: p.id, slotId: s.id, waitlist: s.full })}
        data-testid="vapp-signup"
      >
        {s.full ? t('volunteers.signups.waitlist') : t('vapp.projects.signUp')}
      </Button>
    );
  };

  return (
    <Flex vertical gap={8}>
      {projects.isError && <Alert type="error" showIcon title={errorText(projects.error)} />}
      <List<Project>
        loading={projects.isFetching && !projects.data}
        dataSource={upcoming(projects.data ?? [], Date.now())}
        locale={{ emptyText: <Empty description={t('vapp.projects.none')} /> }}
        data-testid="vapp-projects"
        renderItem={(p) => (
          <Card size="small" style={{ marginBottom: 8 }} data-testid="vapp-project">
            <Flex justify="space-between" gap={8}>
              <Typography.Text strong>{p.title}</Typography.Text>
              <Tag>{t(`volunteers.category.${p.category}`)}</Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[p.org.name, p.team?.name, p.venue?.name].filter(Boolean).join(' · ')}
            </Typography.Text>
            {p.description && <Typography.Paragraph style={{ margin: '4px 0' }}>{p.description}</Typography.Paragraph>}
            {(p.minAge !== null || p.skills.length > 0) && (
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {[p.minAge !== null ? t('volunteers.projects.minAgeIs', { age: p.minAge }) : null, p.skills.join('、') || null].filter(Boolean).join('；')}
              </Typography.Text>
            )}
            {p.slots.map((s) => (
              <Flex key={s.id} justify="space-between" align="center" gap={8} wrap style={{ borderTop: '1px solid #f0f0f0', paddingTop: 6, marginTop: 6 }}>
                <div>
                  <div>{slotTime(s)}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('volunteers.projects.places', { confirmed: s.confirmed, headcount: s.headcount })}
                    {s.waiting > 0 ? ` · ${t('volunteers.projects.waiting', { count: s.waiting })}` : ''}
                  </Typography.Text>
                </div>
                {slotAction(p, s)}
              </Flex>
            ))}
          </Card>
        )}
      />
    </Flex>
  );
}
