import { CopyOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ApiClient, IssuedApiClient } from '../../../../contracts/inquiries';
import { type ApiClientWrite, inquiriesApi, inquiryKeys } from '../../../api/inquiries';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { copyText } from '../../../ui/copy-text';
import { applyFieldErrors } from '../../../ui/form-errors';
import { formatDateTime } from '../../../ui/format';
import { ListTable } from '../../../ui/list/ListTable';
import { localPage } from '../../../ui/list/local-page';
import { useListState } from '../../../ui/list/useListState';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';

const FIELD_PATHS = { name: 'name', orgId: 'orgId' } as const;

/** The key just issued, shown this once with a copy button; the server keeps only its hash. */
function IssuedKeyModal({ issued, onClose }: { issued: IssuedApiClient; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const copy = async () => {
    const ok = await copyText(issued.apiKey);
    void (ok ? message.success(t('common.copied')) : message.warning(t('common.copyFailed')));
  };
  return (
    <Modal
      open
      title={t('inquiries.apiKey.issuedTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="api-key-close">
          {t('inquiries.apiKey.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('inquiries.apiKey.once')} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: t('inquiries.apiKey.name'), children: `${issued.name}（${issued.org.name}）` },
          {
            key: 'key',
            label: t('inquiries.apiKey.key'),
            children: (
              <Typography.Text code style={{ fontSize: 14, userSelect: 'all', wordBreak: 'break-all' }} data-testid="api-key-value">
                {issued.apiKey}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Button icon={<CopyOutlined />} onClick={() => void copy()} style={{ marginTop: 12 }} data-testid="api-key-copy">
        {t('inquiries.apiKey.copy')}
      </Button>
    </Modal>
  );
}

/** Issuing a key: the app's name and the area whose cases it may file. */
function IssueModal({ onIssued, onClose }: { onIssued: (issued: IssuedApiClient) => void; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ApiClientWrite>();
  const issue = useMutation({
    mutationFn: (v: ApiClientWrite) => inquiriesApi.issueApiClient(v),
    onSuccess: (issued) => {
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.apiClients() });
      onIssued(issued);
    },
    onError: (err) => applyFieldErrors(form, err, FIELD_PATHS),
  });
  return (
    <Modal
      open
      destroyOnHidden
      title={t('inquiries.apiKey.issue')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={issue.isPending} onClick={() => form.submit()} data-testid="api-key-issue-save">
            {t('inquiries.apiKey.issue')}
          </Button>
        </Space>
      }
    >
      {issue.isError && <Alert type="error" showIcon title={errorText(issue.error)} style={{ marginBottom: 12 }} />}
      <Form<ApiClientWrite> form={form} layout="vertical" onFinish={(v) => issue.mutate(v)}>
        <Form.Item name="name" label={t('inquiries.apiKey.name')} rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}>
          <Input maxLength={60} data-testid="api-key-name" />
        </Form.Item>
        <Form.Item name="orgId" label={t('inquiries.apiKey.org')} extra={t('inquiries.apiKey.orgHelp')} rules={[{ required: true }]}>
          <OrgTreeSelect data-testid="api-key-org" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The Open311 keys of areas in view: prefix, when issued and last used, revoked or not; issued here (the key shown once) and revoked. */
export function ApiClientsTab({ adding, onAdded }: { adding: boolean; onAdded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const state = useListState<object>({});
  const [issued, setIssued] = useState<IssuedApiClient | null>(null);
  const clients = useQuery({ queryKey: inquiryKeys.apiClients(), queryFn: () => inquiriesApi.apiClients() });
  const revoke = useMutation({
    mutationFn: (id: number) => inquiriesApi.revokeApiClient(id),
    onSuccess: () => {
      void message.success(t('inquiries.apiKey.revoked'));
      void queryClient.invalidateQueries({ queryKey: inquiryKeys.apiClients() });
    },
    onError: notifyError,
  });
  return (
    <>
      <ListTable<ApiClient, object>
        state={state}
        query={localPage(clients, state.page, state.pageSize)}
        rowKey="id"
        testId="inquiry-api-keys-table"
        scrollX={1000}
        columns={[
          { title: t('inquiries.apiKey.name'), dataIndex: 'name' },
          { title: t('inquiries.apiKey.org'), render: (_, c) => c.org.name },
          { title: t('inquiries.apiKey.prefix'), width: 140, render: (_, c) => <Typography.Text code>{`${c.keyPrefix}…`}</Typography.Text> },
          { title: t('inquiries.apiKey.createdAt'), width: 170, render: (_, c) => formatDateTime(c.createdAt) },
          { title: t('inquiries.apiKey.lastUsedAt'), width: 170, render: (_, c) => formatDateTime(c.lastUsedAt) },
          {
            title: t('inquiries.apiKey.state'),
            width: 190,
            render: (_, c) =>
              c.revokedAt ? (
                <Tag>{t('inquiries.apiKey.revokedAt', { at: formatDateTime(c.revokedAt) })}</Tag>
              ) : (
                <Tag color="green">{t('inquiries.apiKey.active')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            width: 90,
            render: (_, c) =>
              c.revokedAt === null && (
                <Popconfirm
                  title={t('inquiries.apiKey.revokeConfirm', { name: c.name })}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => revoke.mutate(c.id)}
                >
                  <Button size="small" danger loading={revoke.isPending && revoke.variables === c.id} data-testid={`api-key-revoke-${c.id}`}>
                    {t('inquiries.apiKey.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {adding && (
        <IssueModal
          onClose={onAdded}
          onIssued={(x) => {
            onAdded();
            setIssued(x);
          }}
        />
      )}
      {issued && <IssuedKeyModal issued={issued} onClose={() => setIssued(null)} />}
    </>
  );
}
