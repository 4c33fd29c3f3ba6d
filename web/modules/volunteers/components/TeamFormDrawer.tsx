import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { TEAM_KINDS, type Team, type TeamKind } from '../../../../contracts/volunteers';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';

interface TeamForm {
  kind: TeamKind;
  orgId: number;
  name: string;
  description?: string;
  foundedOn?: Dayjs;
}

const FIELD_PATHS = { kind: 'kind', orgId: 'orgId', name: 'name', description: 'description', foundedOn: 'foundedOn' } as const;

/** Founds a team owned by an org in the user's entry scope, or changes a team's kind, name and description. */
export function TeamFormDrawer({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<TeamForm>();
  const save = useMutation({
    mutationFn: (v: TeamForm) =>
      team
        ? volunteersApi.updateTeam(team.id, { version: team.version, kind: v.kind, name: v.name, description: v.description ?? '' })
        : volunteersApi.createTeam({
            kind: v.kind,
            orgId: v.orgId,
            name: v.name,
            description: v.description ?? '',
            ...(v.foundedOn ? { foundedOn: v.foundedOn.format('YYYY-MM-DD') } : {}),
          }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: volunteerKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 520}
      title={team ? t('volunteers.teams.editTitle', { name: team.name }) : t('volunteers.teams.create')}
      data-testid="team-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="team-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<TeamForm>
        form={form}
        layout="vertical"
        initialValues={
          team ? { kind: team.kind, orgId: team.org.id, name: team.name, description: team.description } : { kind: 'practice', orgId: me?.entryScope[0]?.id }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="kind" label={t('volunteers.teams.kind')} rules={[{ required: true }]}>
          <Select options={TEAM_KINDS.map((k) => ({ value: k, label: t(`volunteers.teamKind.${k}`) }))} data-testid="team-form-kind" />
        </Form.Item>
        <Form.Item name="orgId" label={t('volunteers.teams.org')} rules={[{ required: true }]}>
          <OrgTreeSelect knownOrgs={me?.entryScope} disabled={!!team} />
        </Form.Item>
        <Form.Item name="name" label={t('volunteers.teams.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="team-form-name" />
        </Form.Item>
        <Form.Item name="description" label={t('volunteers.teams.description')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        {!team && (
          <Form.Item name="foundedOn" label={t('volunteers.teams.foundedOn')} extra={t('volunteers.teams.foundedOnHelp')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
