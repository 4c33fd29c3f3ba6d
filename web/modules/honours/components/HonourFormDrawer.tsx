import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { HONOUR_LEVELS, SUBJECT_KINDS } from '../../../../contracts/honours';
import { type HonourFileReceipt, honourKeys, honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useIsMobile } from '../../../ui/useIsMobile';
import { FileUploads } from './FileUploads';
import { localName } from './labels';
import { useCategories } from './useHonourChoices';

type HonourLevel = (typeof HONOUR_LEVELS)[number];
type SubjectKind = (typeof SUBJECT_KINDS)[number];

interface HonourValues {
  categoryCode: string;
  orgId: number;
  name: string;
  giver: string;
  level: HonourLevel;
  awardedOn: Dayjs;
  rank?: number;
  subjectKind: SubjectKind;
  subjectName: string;
  citation?: string;
  documentNo?: string;
  document?: HonourFileReceipt[];
}

const FIELD_PATHS = {
  categoryCode: 'categoryCode',
  orgId: 'orgId',
  name: 'name',
  giver: 'giver',
  level: 'level',
  awardedOn: 'awardedOn',
  rank: 'rank',
  subjectKind: 'subjectKind',
  subjectName: 'subjectName',
  citation: 'citation',
  documentNo: 'documentNo',
  document: 'document',
} as const;

/** Recording an honour an outside body gave: its category, what it went to, who gave it and when, and the document conferring it (required). */
export function HonourFormDrawer({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<HonourValues>();
  const categories = useCategories();
  const code = Form.useWatch('categoryCode', form);
  const category = categories.data?.find((c) => c.code === code);
  const save = useMutation({
    mutationFn: (v: HonourValues) =>
      honoursApi.addHonour({
        categoryCode: v.categoryCode,
        orgId: v.orgId,
        name: v.name,
        giver: v.giver,
        level: v.level,
        awardedOn: v.awardedOn.format('YYYY-MM-DD'),
        ...(category?.counting === 'rank' && v.rank !== undefined ? { rank: v.rank } : {}),
        subjectKind: v.subjectKind,
        subjectName: v.subjectName,
        ...(v.citation?.trim() ? { citation: v.citation } : {}),
        documentNo: v.documentNo ?? '',
        document: v.document?.[0]?.token ?? '',
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
      size={isMobile ? '100%' : 600}
      title={t('honours.register.add')}
      data-testid="honour-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="honour-form-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<HonourValues> form={form} layout="vertical" initialValues={{ level: 'city', subjectKind: 'org', document: [] }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="categoryCode" label={t('honours.register.category')} rules={[{ required: true }]}>
          <Select
            loading={categories.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
            options={(categories.data ?? []).filter((c) => c.active).map((c) => ({ value: c.code, label: localName(c, locale) }))}
            data-testid="honour-form-category"
          />
        </Form.Item>
        <Form.Item name="orgId" label={t('honours.register.org')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="honour-form-org" />
        </Form.Item>
        <Form.Item name="name" label={t('honours.register.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="honour-form-name" />
        </Form.Item>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="giver" label={t('honours.register.giver')} rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input style={{ width: 240 }} data-testid="honour-form-giver" />
          </Form.Item>
          <Form.Item name="level" label={t('honours.register.level')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={HONOUR_LEVELS.map((l) => ({ value: l, label: t(`honours.level.${l}`) }))} />
          </Form.Item>
          <Form.Item name="awardedOn" label={t('honours.register.awardedOn')} rules={[{ required: true }]}>
            <DatePicker data-testid="honour-form-date" />
          </Form.Item>
          {category?.counting === 'rank' && (
            <Form.Item name="rank" label={t('honours.register.rank')} rules={[{ required: true }]}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: 100 }} data-testid="honour-form-rank" />
            </Form.Item>
          )}
        </Space>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="subjectKind" label={t('honours.register.subjectKind')} rules={[{ required: true }]}>
            <Select style={{ width: 140 }} options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`honours.subject.${k}`) }))} />
          </Form.Item>
          <Form.Item name="subjectName" label={t('honours.register.subjectName')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input style={{ width: 300 }} data-testid="honour-form-subject" />
          </Form.Item>
        </Space>
        <Form.Item
          name="citation"
          label={t('honours.register.citation')}
          extra={category?.labelFrom === 'citation' ? t('honours.register.citationHelp') : undefined}
          rules={[{ required: category?.labelFrom === 'citation', whitespace: true, max: 200 }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} />
        </Form.Item>
        <Form.Item name="documentNo" label={t('honours.decision.documentNo')} rules={[{ max: 60 }]}>
          <Input style={{ maxWidth: 300 }} />
        </Form.Item>
        <Form.Item
          name="document"
          label={t('honours.decision.document')}
          required
          rules={[
            {
              validator: async (_, v: HonourFileReceipt[] | undefined) =>
                v?.length ? undefined : Promise.reject(new Error(t('honours.form.documentRequired'))),
            },
          ]}
        >
          <FileUploads upload={honoursApi.upload} max={1} testId="honour-form-document" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
