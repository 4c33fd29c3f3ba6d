import { DownloadOutlined, FileProtectOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Form, Input, List, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Certificate } from '../../../../contracts/volunteers';
import { certificatesApi } from '../../../api/certificates';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { saveFile } from '../../../ui/save-file';

interface IssueForm {
  issuerOrgId: number;
  personInCharge: string;
  handler: string;
  contact: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** Downloads a certificate's Word file. */
export function useCertificateDownload(): (c: Certificate) => Promise<void> {
  const notifyError = useNotifyError();
  return async (c) => {
    try {
      const file = await certificatesApi.docx(c.id);
      saveFile(file.blob, file.filename ?? `certificate-${c.certNo}.docx`);
    } catch (err) {
      notifyError(err);
    }
  };
}

/** A volunteer's service certificates: issue one over a period, print it as Word, withdraw one issued in error. */
export function VolunteerCertificates({ volunteerId }: { volunteerId: number }) {
  const t = useT();
  const { me, can } = useSession();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const download = useCertificateDownload();
  const [issuing, setIssuing] = useState(false);
  const [form] = Form.useForm<IssueForm>();
  const key = ['volunteers', 'certificates', volunteerId];
  const list = useQuery({ queryKey: key, queryFn: () => certificatesApi.list(volunteerId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const issue = useMutation({
    mutationFn: (v: IssueForm) =>
      certificatesApi.issue(volunteerId, {
        issuerOrgId: v.issuerOrgId,
        personInCharge: v.personInCharge,
        handler: v.handler,
        contact: v.contact,
        ...(v.period?.[0] ? { from: v.period[0].format('YYYY-MM-DD') } : {}),
        ...(v.period?.[1] ? { to: v.period[1].format('YYYY-MM-DD') } : {}),
      }),
    onSuccess: async (c) => {
      setIssuing(false);
      await refresh();
      await download(c);
    },
  });
  const revoke = useMutation({ mutationFn: (id: number) => certificatesApi.revoke(id, t('volunteers.cert.revokeReason')), onSuccess: refresh });
  const mayIssue = can('volunteer.write');
  return (
    <Flex vertical gap={8} data-testid="volunteer-certificates">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('volunteers.cert.title')}</Typography.Text>
        {mayIssue && (
          <Button size="small" icon={<FileProtectOutlined />} onClick={() => setIssuing(true)} data-testid="certificate-issue">
            {t('volunteers.cert.issue')}
          </Button>
        )}
      </Flex>
      <List
        size="small"
        bordered
        dataSource={list.data ?? []}
        locale={{ emptyText: t('volunteers.cert.none') }}
        renderItem={(c) => (
          <List.Item
            actions={[
              <Button key="d" size="small" type="link" icon={<DownloadOutlined />} onClick={() => void download(c)}>
                {t('volunteers.cert.download')}
              </Button>,
              ...(mayIssue && !c.revokedAt
                ? [
                    <Popconfirm key="r" title={t('volunteers.cert.revokeConfirm')} onConfirm={() => revoke.mutate(c.id)}>
                      <Button size="small" type="link" danger>
                        {t('volunteers.cert.revoke')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <Space direction="vertical" size={0}>
              <span>
                {c.certNo} {c.revokedAt && <Tag>{t('volunteers.cert.revoked')}</Tag>}
              </span>
              <Typography.Text type="secondary">
                {t('volunteers.cert.summary', { hours: c.hours, stars: c.starLevel, issuer: c.issuer, on: c.issuedOn })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={issuing}
        title={t('volunteers.cert.issue')}
        onCancel={() => setIssuing(false)}
        onOk={() => form.submit()}
        confirmLoading={issue.isPending}
        destroyOnHidden
      >
        {issue.isError && <Alert type="error" showIcon title={errorText(issue.error)} style={{ marginBottom: 12 }} />}
        <Form<IssueForm> form={form} layout="vertical" initialValues={{ issuerOrgId: me?.entryScope[0]?.id }} onFinish={(v) => issue.mutate(v)}>
          <Form.Item name="issuerOrgId" label={t('volunteers.cert.issuer')} rules={[{ required: true }]}>
            <OrgTreeSelect knownOrgs={me?.entryScope} />
          </Form.Item>
          <Form.Item name="period" label={t('volunteers.cert.period')} extra={t('volunteers.cert.periodHelp')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="personInCharge" label={t('volunteers.cert.personInCharge')} rules={[{ required: true, max: 30 }]}>
            <Input data-testid="certificate-person" />
          </Form.Item>
          <Form.Item name="handler" label={t('volunteers.cert.handler')} rules={[{ required: true, max: 30 }]}>
            <Input data-testid="certificate-handler" />
          </Form.Item>
          <Form.Item name="contact" label={t('volunteers.cert.contact')} rules={[{ required: true, min: 5, max: 30 }]}>
            <Input data-testid="certificate-contact" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
