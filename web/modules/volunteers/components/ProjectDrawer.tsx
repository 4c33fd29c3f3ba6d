import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Collapse, Descriptions, Drawer, Popconfirm, Progress, Space, Tag, Typography } from 'antd';
import type { Project } from '../../../../contracts/volunteers';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { formatDateTime } from '../../../ui/format';
import { useIsMobile } from '../../../ui/useIsMobile';
import { PROJECT_STATUS_COLORS, slotTime } from '../project-view';
import { CheckinQrButton } from './CheckinQrModal';
import { SlotSignups } from './SlotSignups';

/** One project: its facts and requirements, status changes, and each slot's places, sign-ups and waiting list. */
export function ProjectDrawer({ projectId, placeholder, onClose }: { projectId: number | null; placeholder?: Project | null; onClose: () => void }) {
  const t = useT();
  const { can } = useSession();
  const isMobile = useIsMobile();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const one = useQuery({
    queryKey: volunteerKeys.project(projectId ?? 0),
    queryFn: () => volunteersApi.project(projectId ?? 0),
    enabled: projectId !== null,
    placeholderData: placeholder ?? undefined,
  });
  const p = projectId === null ? null : (one.data ?? null);
  const move = useMutation({
    mutationFn: (status: 'running' | 'ended') => volunteersApi.setProjectStatus(projectId ?? 0, status),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: volunteerKeys.all }),
    onError: notifyError,
  });
  const mayWrite = can('volunteer.write');
  const taking = p !== null && p.status !== 'ended' && mayWrite;
  const recruiting = p?.status === 'recruiting' || p?.status === 'full';

  return (
    <Drawer
      open={projectId !== null}
      onClose={onClose}
      title={p?.title}
      size={isMobile ? '100%' : 760}
      data-testid="project-drawer"
      extra={
        p && mayWrite && p.status !== 'ended' ? (
          <Space>
            {recruiting && (
              <Popconfirm title={t('volunteers.projects.startTitle')} onConfirm={() => move.mutate('running')}>
                <Button loading={move.isPending}>{t('volunteers.projects.start')}</Button>
              </Popconfirm>
            )}
            <Popconfirm title={t('volunteers.projects.endTitle')} onConfirm={() => move.mutate('ended')}>
              <Button danger loading={move.isPending}>
                {t('volunteers.projects.end')}
              </Button>
            </Popconfirm>
          </Space>
        ) : null
      }
    >
      {p && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={isMobile ? 1 : 2} size="small" bordered>
            <Descriptions.Item label={t('volunteers.projects.status')}>
              <Tag color={PROJECT_STATUS_COLORS[p.status]}>{t(`volunteers.projectStatus.${p.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.projects.category')}>{t(`volunteers.category.${p.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.projects.org')}>{p.org.name}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.projects.team')}>{p.team?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.projects.venue')}>{p.venue?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('volunteers.projects.requirements')}>
              {[p.minAge !== null ? t('volunteers.projects.minAgeIs', { age: p.minAge }) : null, p.skills.join('、') || null].filter(Boolean).join('；') ||
                t('volunteers.projects.noRequirements')}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.projects.description')} span={isMobile ? 1 : 2}>
              {p.description || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('volunteers.projects.createdAt')}>{formatDateTime(p.createdAt)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('volunteers.projects.slots', { count: p.slots.length })}
          </Typography.Title>
          <Collapse
            defaultActiveKey={p.slots[0] ? [String(p.slots[0].id)] : []}
            data-testid="project-slots"
            items={p.slots.map((s) => ({
              key: String(s.id),
              label: (
                <Space wrap size={8}>
                  <span>{slotTime(s)}</span>
                  <Progress percent={Math.round((s.confirmed / s.headcount) * 100)} size="small" style={{ width: 120 }} showInfo={false} />
                  <span>{t('volunteers.projects.places', { confirmed: s.confirmed, headcount: s.headcount })}</span>
                  {s.waiting > 0 && <Tag color="gold">{t('volunteers.projects.waiting', { count: s.waiting })}</Tag>}
                  {s.full && <Tag color="red">{t('volunteers.projects.slotFull')}</Tag>}
                </Space>
              ),
              extra: taking ? <CheckinQrButton projectId={p.id} projectTitle={p.title} slot={s} /> : null,
              children: <SlotSignups projectId={p.id} slot={s} open={taking} />,
            }))}
          />
        </Space>
      )}
    </Drawer>
  );
}
