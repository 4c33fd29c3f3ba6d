import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { STUDY_GROUP_LEVELS, type StudyGroup, type StudyGroupLevel } from '../../../../contracts/theory/study-group.schemas';
import { theoryApi, theoryKeys } from '../../../api/theory';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';

interface GroupForm {
  orgId: number;
  level: StudyGroupLevel;
  name: string;
  minimumOverride?: number | null;
}

const FIELD_PATHS = { orgId: 'orgId', level: 'level', name: 'name', minimumOverride: 'minimumOverride' } as const;

/** Creates the study group of an org in the user's entry scope, or changes a group's level, name and own minimum. */
export function StudyGroupFormDrawer({ group, onClose }: { group: StudyGroup | null; onClose: () => void }) {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<GroupForm>();
  const level = Form.useWatch('level', form);
  const minimums = useQuery({ queryKey: theoryKeys.minimums, queryFn: theoryApi.minimums, staleTime: 300_000 });
  const levelMinimum = minimums.data?.minimums.find((m) => m.level === level)?.minimum;
  const save = useMutation({
    mutationFn: (v: GroupForm) =>
      group
        ? theoryApi.updateGroup(group.id, { version: group.version, level: v.level, name: v.name, minimumOverride: v.minimumOverride ?? null })
        : theoryApi.createGroup({ orgId: v.orgId, level: v.level, name: v.name, minimumOverride: v.minimumOverride ?? null }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: theoryKeys.all });
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
      title={group ? t('theory.groups.editTitle', { name: group.name }) : t('theory.groups.create')}
      data-testid="study-group-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="study-group-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<GroupForm>
        form={form}
        layout="vertical"
        initialValues={
          group
            ? { orgId: group.org.id, level: group.level, name: group.name, minimumOverride: group.minimumOverride }
            : { orgId: me?.entryScope[0]?.id, level: 'township_committee' }
        }
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="orgId" label={t('theory.groups.org')} rules={[{ required: true }]}>
          <OrgTreeSelect knownOrgs={me?.entryScope} disabled={!!group} />
        </Form.Item>
        <Form.Item name="level" label={t('theory.groups.level')} rules={[{ required: true }]}>
          <Select options={STUDY_GROUP_LEVELS.map((l) => ({ value: l, label: t(`theory.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('theory.groups.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input data-testid="study-group-form-name" />
        </Form.Item>
        <Form.Item
          name="minimumOverride"
          label={t('theory.groups.minimumOverride')}
          extra={levelMinimum !== undefined ? t('theory.groups.minimumOverrideHelp', { count: levelMinimum }) : undefined}
        >
          <InputNumber min={0} max={200} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
