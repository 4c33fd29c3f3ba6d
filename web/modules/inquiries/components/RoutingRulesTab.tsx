import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Modal, Popconfirm, Select, Space, Typography } from 'antd';
import type { RoutingRule } from '../../../../contracts/inquiries';
import { inquiriesApi, inquiryKeys } from '../../../api/inquiries';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { applyFieldErrors } from '../../../ui/form-errors';
import { ListTable } from '../../../ui/list/ListTable';
import { localPage } from '../../../ui/list/local-page';
import { useListState } from '../../../ui/list/useListState';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { localName } from './labels';
import { useCategories } from './useInquiryChoices';

interface RuleFilters {
  areaOrgId?: number;
}

interface RuleValues {
  areaOrgId: number;
  categoryId: number;
  handlerOrgId: number;
}

// The select needs a value for "every category"; no category has id 0.
const ALL_CATEGORIES = 0;

const FIELD_PATHS = { areaOrgId: 'areaOrgId', categoryId: 'categoryId', handlerOrgId: 'handlerOrgId' } as const;

/** Adding a rule: the area (with its subtree), one category or all, and the unit that takes such cases. */
function RuleFormModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const categories = useCategories();
  const [form] = Form.useForm<RuleValues>();
  const save = useMutation({
    mutationFn: (v: RuleValues) =>
      inquiriesApi.createRoutingRule({
        areaOrgId: v.areaOrgId,
        categoryId: v.categoryId === ALL_CATEGORIES ? null : v.categoryId,
        handlerOrgId: v.handlerOrgId,
      }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.routingRulesAll });
      onClose();
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Modal
      open
      destroyOnHidden
      title={t('inquiries.routing.add')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="routing-rule-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      <Form<RuleValues> form={form} layout="vertical" initialValues={{ categoryId: ALL_CATEGORIES }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="areaOrgId" label={t('inquiries.routing.area')} extra={t('inquiries.routing.areaHelp')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="routing-rule-area" />
        </Form.Item>
        <Form.Item name="categoryId" label={t('inquiries.field.category')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: ALL_CATEGORIES, label: t('inquiries.routing.allCategories') },
              ...(categories.data ?? []).filter((c) => c.active).map((c) => ({ value: c.id, label: localName(c, locale) })),
            ]}
            data-testid="routing-rule-category"
          />
        </Form.Item>
        <Form.Item name="handlerOrgId" label={t('inquiries.field.handler')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="routing-rule-handler" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The routing rules of areas in view: which unit takes an area's cases of a category, or of every category; one is added or removed here. */
export function RoutingRulesTab({ adding, onAdded }: { adding: boolean; onAdded: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const state = useListState<RuleFilters>({});
  const rules = useQuery({ queryKey: inquiryKeys.routingRules(state.filters.areaOrgId), queryFn: () => inquiriesApi.routingRules(state.filters.areaOrgId) });
  const remove = useMutation({
    mutationFn: (id: number) => inquiriesApi.deleteRoutingRule(id),
    onSuccess: () => {
      void message.success(t('inquiries.routing.deleted'));
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.routingRulesAll });
    },
    onError: notifyError,
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('inquiries.routing.help')}</Typography.Paragraph>
      <ListTable<RoutingRule, RuleFilters>
        state={state}
        query={localPage(rules, state.page, state.pageSize)}
        rowKey="id"
        testId="inquiry-routing-table"
        scrollX={800}
        fields={[{ kind: 'org', key: 'areaOrgId', label: t('inquiries.routing.area') }]}
        columns={[
          { title: t('inquiries.routing.area'), render: (_, r) => r.area.name },
          { title: t('inquiries.field.category'), render: (_, r) => (r.category ? localName(r.category, locale) : t('inquiries.routing.allCategories')) },
          { title: t('inquiries.field.handler'), render: (_, r) => r.handler.name },
          {
            title: t('common.actions'),
            width: 90,
            render: (_, r) => (
              <Popconfirm title={t('inquiries.routing.deleteConfirm')} okButtonProps={{ danger: true }} onConfirm={() => remove.mutate(r.id)}>
                <Button size="small" danger loading={remove.isPending && remove.variables === r.id} data-testid={`routing-rule-delete-${r.id}`}>
                  {t('inquiries.routing.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      {adding && <RuleFormModal onClose={onAdded} />}
    </>
  );
}
