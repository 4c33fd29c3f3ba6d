import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Form, Input, Space, Typography } from 'antd';
import { honoursApi } from '../../../api/honours';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useIsMobile } from '../../../ui/useIsMobile';
import { CODE_KEY } from './patterns';
import { useStarCriteria } from './useStarCriteria';

interface CriteriaValues {
  items: { key: string; name: string }[];
}

/** Setting an org's own star criteria, one to five, one star each; villages without their own follow the nearest org above. */
export function StarCriteriaDrawer({ orgId, orgName, onClose }: { orgId: number; orgName: string; onClose: () => void }) {
  const t = useT();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CriteriaValues>();
  const current = useStarCriteria(orgId);
  const save = useMutation({
    mutationFn: (v: CriteriaValues) => honoursApi.saveStarCriteria(orgId, { items: v.items }),
    onSuccess: () => {
      void message.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: ['honours', 'star-criteria'] });
      onClose();
    },
  });
  const c = current.data;
  return (
    <Drawer
      open
      destroyOnHidden
      onClose={onClose}
      size={isMobile ? '100%' : 520}
      title={t('honours.star.criteriaTitle', { org: orgName })}
      loading={current.isPending}
      data-testid="star-criteria-drawer"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="star-criteria-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {save.isError && <Alert type="error" showIcon title={errorText(save.error)} style={{ marginBottom: 12 }} />}
      {c && c.fromOrgId !== null && c.fromOrgId !== orgId && (
        <Alert type="info" showIcon title={t('honours.star.criteriaFrom', { org: c.fromOrgName ?? '' })} style={{ marginBottom: 12 }} />
      )}
      {current.isError && <Alert type="info" showIcon title={errorText(current.error)} style={{ marginBottom: 12 }} />}
      {!current.isPending && (
        <Form<CriteriaValues>
          form={form}
          layout="vertical"
          initialValues={{ items: c && c.items.length > 0 ? c.items : [{ key: '', name: '' }] }}
          onFinish={(v) => save.mutate(v)}
        >
          <Typography.Paragraph type="secondary">{t('honours.star.criteriaHelp')}</Typography.Paragraph>
          <Form.List
            name="items"
            rules={[
              {
                validator: async (_, v: unknown[]) => (v.length >= 1 && v.length <= 5 ? undefined : Promise.reject(new Error(t('honours.star.criteriaCount')))),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <Flex vertical gap={4}>
                {fields.map(({ key, name }) => (
                  <Space key={key} align="baseline" wrap>
                    <Form.Item name={[name, 'key']} rules={[{ required: true }, { pattern: CODE_KEY, message: t('honours.form.codeInvalid') }]}>
                      <Input placeholder={t('honours.form.key')} style={{ width: 140 }} data-testid={`star-criteria-key-${name}`} />
                    </Form.Item>
                    <Form.Item name={[name, 'name']} rules={[{ required: true, whitespace: true, max: 20 }]}>
                      <Input placeholder={t('honours.star.criterionName')} style={{ width: 220 }} data-testid={`star-criteria-name-${name}`} />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('honours.form.remove')}
                      onClick={() => remove(name)}
                      disabled={fields.length <= 1}
                    />
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined />} onClick={() => add({ key: '', name: '' })} disabled={fields.length >= 5} data-testid="star-criteria-add">
                  {t('honours.star.criterionAdd')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      )}
    </Drawer>
  );
}
