import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useCycles, useTitles } from './useHonourChoices';

interface NoticeValues {
  cycleId: number;
  startsOn: Dayjs;
}

/** Publishing the notice (公示) of a cycle's approved nominations from a day; the server counts its working days from the title. */
export function NoticePublishModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NoticeValues>();
  const titles = useTitles();
  const cycles = useCycles();
  const noticed = new Map((titles.data ?? []).filter((x) => x.noticeDays !== null).map((x) => [x.id, x.noticeDays]));
  const publish = useMutation({
    mutationFn: (v: NoticeValues) => honoursApi.publishNotice({ cycleId: v.cycleId, startsOn: v.startsOn.format('YYYY-MM-DD') }),
    onSuccess: (notice) => {
      void message.success(t('honours.notices.published', { startsOn: notice.startsOn, endsOn: notice.endsOn, count: notice.candidates.length }));
      void queryClient.invalidateQueries({ queryKey: honourKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, { cycleId: 'cycleId', startsOn: 'startsOn' }),
  });
  return (
    <Modal
      open
      title={t('honours.notices.publish')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={publish.isPending} onClick={() => form.submit()} data-testid="notice-publish-save">
            {t('honours.notices.publish')}
          </Button>
        </Space>
      }
    >
      {publish.isError && <Alert type="error" showIcon title={errorText(publish.error)} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('honours.notices.publishHelp')}</Typography.Paragraph>
      <Form<NoticeValues> form={form} layout="vertical" initialValues={{ startsOn: dayjs() }} onFinish={(v) => publish.mutate(v)}>
        <Form.Item name="cycleId" label={t('honours.nominations.cycle')} rules={[{ required: true }]}>
          <Select
            loading={cycles.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
            options={(cycles.data ?? [])
              .filter((c) => noticed.has(c.titleId))
              .map((c) => ({ value: c.id, label: `${c.titleName} · ${c.name} · ${t('honours.notices.days', { days: noticed.get(c.titleId) ?? 0 })}` }))}
            data-testid="notice-publish-cycle"
          />
        </Form.Item>
        <Form.Item name="startsOn" label={t('honours.notices.startsOn')} rules={[{ required: true }]}>
          <DatePicker allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="notice-publish-starts" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
