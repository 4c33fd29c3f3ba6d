import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { PanelCriterion } from '../../../../contracts/honours';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useIsMobile } from '../../../ui/useIsMobile';
import { CriteriaEditor } from './CriteriaEditor';
import { localName } from './labels';
import { useTitles } from './useHonourChoices';

interface CycleValues {
  titleId: number;
  name: string;
  year: number;
  span: [Dayjs, Dayjs];
  criteria?: PanelCriterion[];
}

const FIELD_PATHS = { titleId: 'titleId', name: 'name', year: 'year', opensOn: 'span', closesOn: 'span' } as const;

/** Opening a cycle of a title: its name and year, when nominations are taken, and the panel's criteria when the title uses a panel. */
export function CycleFormDrawer({ titleId, onClose }: { titleId?: number; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CycleValues>();
  const titles = useTitles();
  const chosen = Form.useWatch('titleId', form);
  const title = titles.data?.find((x) => x.id === chosen);
  const save = useMutation({
    mutationFn: (v: CycleValues) =>
      honoursApi.createCycle({
        titleId: v.titleId,
        name: v.name,
        year: v.year,
        opensOn: v.span[0].format('YYYY-MM-DD'),
        closesOn: v.span[1].format('YYYY-MM-DD'),
        criteria: title?.panel ? (v.criteria ?? []) : [],
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: honourKeys.all });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 640}
      title={t('honours.cycles.add')}
      data-testid="cycle-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="cycle-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<CycleValues>
        form={form}
        layout="vertical"
        initialValues={{ titleId, year: new Date().getFullYear(), criteria: [] }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="titleId" label={t('honours.roleModels.titleName')} rules={[{ required: true }]}>
          <Select
            options={(titles.data ?? []).filter((x) => x.active).map((x) => ({ value: x.id, label: localName(x, locale) }))}
            data-testid="cycle-form-title"
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="name" label={t('honours.cycles.name')} extra={t('honours.cycles.nameHelp')} rules={[{ required: true, whitespace: true, max: 40 }]}>
            <Input style={{ width: 240 }} data-testid="cycle-form-name" />
          </Form.Item>
          <Form.Item name="year" label={t('honours.cycles.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 110 }} />
          </Form.Item>
        </Space>
        <Form.Item name="span" label={t('honours.cycles.span')} rules={[{ required: true }]}>
          <DatePicker.RangePicker data-testid="cycle-form-span" />
        </Form.Item>
        {title?.panel && <CriteriaEditor />}
      </Form>
    </Drawer>
  );
}
