import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { SERVICE_CATEGORIES, type ServiceCategory } from '../../../../contracts/volunteers';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { TeamSelect } from './TeamSelect';
import { VenueSelect } from './VenueSelect';

interface ProjectForm {
  orgId: number;
  teamId?: number;
  venueId?: number;
  title: string;
  category: ServiceCategory;
  description?: string;
  minAge?: number | null;
  skills?: string[];
  slots: { range: [Dayjs, Dayjs]; headcount: number }[];
}

const FIELD_PATHS = {
  orgId: 'orgId',
  teamId: 'teamId',
  venueId: 'venueId',
  title: 'title',
  category: 'category',
  minAge: 'minAge',
  skills: 'skills',
  slots: 'slots',
} as const;

/** Publishes a service project of an org in the user's entry scope, with its time slots and the headcount of each. */
export function ProjectFormDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { me } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProjectForm>();
  const save = useMutation({
    mutationFn: (v: ProjectForm) =>
      volunteersApi.createProject({
        orgId: v.orgId,
        ...(v.teamId ? { teamId: v.teamId } : {}),
        ...(v.venueId ? { venueId: v.venueId } : {}),
        title: v.title,
        category: v.category,
        description: v.description ?? '',
        ...(v.minAge !== undefined && v.minAge !== null ? { minAge: v.minAge } : {}),
        skills: v.skills ?? [],
        slots: v.slots.map((s) => ({ startsAt: s.range[0].format(), endsAt: s.range[1].format(), headcount: s.headcount })),
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
      size={isMobile ? '100%' : 620}
      title={t('volunteers.projects.create')}
      data-testid="project-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="project-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<ProjectForm>
        form={form}
        layout="vertical"
        initialValues={{ orgId: me?.entryScope[0]?.id, category: 'environment', skills: [], slots: [{ headcount: 10 }] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="title" label={t('volunteers.projects.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="project-form-title" />
        </Form.Item>
        <Form.Item name="category" label={t('volunteers.projects.category')} rules={[{ required: true }]}>
          <Select options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`volunteers.category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="orgId" label={t('volunteers.projects.org')} rules={[{ required: true }]}>
          <OrgTreeSelect knownOrgs={me?.entryScope} />
        </Form.Item>
        <Form.Item name="teamId" label={t('volunteers.projects.team')}>
          <TeamSelect data-testid="project-form-team" />
        </Form.Item>
        <Form.Item name="venueId" label={t('volunteers.projects.venue')}>
          <VenueSelect />
        </Form.Item>
        <Form.Item name="description" label={t('volunteers.projects.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="minAge" label={t('volunteers.projects.minAge')} style={{ width: 160 }}>
            <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="skills" label={t('volunteers.projects.skills')} style={{ flex: 1, minWidth: 220 }}>
            <Select mode="tags" tokenSeparators={[',', '，', '、']} maxCount={10} open={false} suffixIcon={null} />
          </Form.Item>
        </Flex>
        <Form.List name="slots">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'range']}
                    label={i === 0 ? t('volunteers.projects.slotTime') : undefined}
                    rules={[{ required: true, message: t('volunteers.projects.slotRequired') }]}
                    style={{ flex: 1, minWidth: 300 }}
                  >
                    <DatePicker.RangePicker
                      showTime={{ format: 'HH:mm' }}
                      format="YYYY-MM-DD HH:mm"
                      style={{ width: '100%' }}
                      data-testid="project-form-slot"
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'headcount']}
                    label={i === 0 ? t('volunteers.projects.headcount') : undefined}
                    rules={[{ required: true }]}
                    style={{ width: 110 }}
                  >
                    <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} data-testid="project-form-headcount" />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('volunteers.projects.removeSlot')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: i === 0 ? 30 : 0 }}
                    />
                  )}
                </Flex>
              ))}
              {fields.length < 50 && (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ headcount: 10 })} block>
                  {t('volunteers.projects.addSlot')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
