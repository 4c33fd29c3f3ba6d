import { EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { REVEALABLE_FIELDS, Volunteer } from '../../../../contracts/volunteers';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { formatDateTime } from '../../../ui/format';
import { useIsMobile } from '../../../ui/useIsMobile';
import { VolunteerCertificates } from './VolunteerCertificates';

type Revealable = (typeof REVEALABLE_FIELDS)[number];

/** Asks for a reason, then shows one masked value in full once; the reason and the look are kept in the audit log. */
function RevealValue({ volunteerId, field }: { volunteerId: number; field: Revealable }) {
  const t = useT();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useMutation({ mutationFn: (reason: string) => volunteersApi.reveal(volunteerId, { field, reason }) });
  if (reveal.data)
    return (
      <Typography.Text copyable data-testid={`volunteer-full-${field}`}>
        {reveal.data.value}
      </Typography.Text>
    );
  return (
    <>
      <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid={`volunteer-reveal-${field}`}>
        {t(`volunteers.reveal.${field}`)}
      </Button>
      <Modal
        open={asking}
        title={t(`volunteers.reveal.${field}`)}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        confirmLoading={reveal.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('volunteers.reveal.hint')}</Typography.Paragraph>
        {reveal.isError && <Typography.Paragraph type="danger">{errorText(reveal.error)}</Typography.Paragraph>}
        <Form form={form} layout="vertical" onFinish={(v) => reveal.mutate(v.reason, { onSuccess: () => setAsking(false) })}>
          <Form.Item name="reason" label={t('volunteers.reveal.reason')} rules={[{ required: true, min: 4, max: 200, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={200} data-testid="volunteer-reveal-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One volunteer as staff see them: masked ID and phones, each shown in full on request with a reason. */
export function VolunteerDetailDrawer({
  volunteerId,
  placeholder,
  onClose,
}: {
  volunteerId: number | null;
  placeholder?: Volunteer | null;
  onClose: () => void;
}) {
  const t = useT();
  const { can } = useSession();
  const isMobile = useIsMobile();
  const one = useQuery({
    queryKey: volunteerKeys.one(volunteerId ?? 0),
    queryFn: () => volunteersApi.get(volunteerId ?? 0),
    enabled: volunteerId !== null,
    placeholderData: placeholder ?? undefined,
  });
  const v = volunteerId === null ? null : (one.data ?? null);
  const mayReveal = can('volunteer.reveal');
  return (
    <Drawer open={volunteerId !== null} onClose={onClose} title={v?.name} size={isMobile ? '100%' : 520} data-testid="volunteer-drawer">
      {v && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('volunteers.col.no')}>{v.volunteerNo}</Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.sexAge')}>{t('volunteers.sexAge', { sex: t(`volunteers.sex.${v.sex}`), age: v.age })}</Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.idNumber')}>
            <Space size={4} wrap>
              <span data-testid="volunteer-id-masked">{`${t(`volunteers.idType.${v.idType}`)} ${v.idNumberMasked}`}</span>
              {mayReveal && <RevealValue key={`${v.id}-id`} volunteerId={v.id} field="idNumber" />}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.phone')}>
            <Space size={4} wrap>
              <span data-testid="volunteer-phone-masked">{v.phoneMasked}</span>
              {mayReveal && <RevealValue key={`${v.id}-phone`} volunteerId={v.id} field="phone" />}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.home')}>{v.homeOrg.name}</Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.skills')}>{v.skills.length > 0 ? v.skills.map((s) => <Tag key={s}>{s}</Tag>) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.status')}>
            {t(`volunteers.status.${v.status}`)}
            {v.deletionRequestedAt ? ` · ${t('volunteers.deletionRequested', { at: formatDateTime(v.deletionRequestedAt) })}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.account')}>{v.hasAccount ? t('volunteers.account.yes') : t('volunteers.account.no')}</Descriptions.Item>
          <Descriptions.Item label={t('volunteers.col.consent')}>
            {t('volunteers.consentAt', { at: formatDateTime(v.consentAt), version: v.consentVersion })}
          </Descriptions.Item>
          {v.guardian && (
            <Descriptions.Item label={t('volunteers.col.guardian')}>
              <Space size={4} wrap>
                <span>{`${v.guardian.name} ${v.guardian.phoneMasked}`}</span>
                {mayReveal && <RevealValue key={`${v.id}-guardian`} volunteerId={v.id} field="guardianPhone" />}
              </Space>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('volunteers.col.createdAt')}>{formatDateTime(v.createdAt)}</Descriptions.Item>
        </Descriptions>
      )}
      {v && (
        <div style={{ marginTop: 16 }}>
          <VolunteerCertificates volunteerId={v.id} />
        </div>
      )}
    </Drawer>
  );
}
