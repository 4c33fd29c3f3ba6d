import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Drawer, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Venue, VenueKind } from '../../../../contracts/venues';
import { venuesApi } from '../../../api/venues';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { VenueFormDrawer } from './VenueFormDrawer';
import { VenueMonths } from './VenueMonths';
import { VenuePhotos } from './VenuePhotos';

const MONTHLY_KINDS = ['reading_room', 'city_bookcase', 'village_library'];

/** Asks for a reason, then shows the manager's full phone once; the reason and the look are in the audit log. */
function RevealPhone({ venue }: { venue: Venue }) {
  const t = useT();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useMutation({ mutationFn: (reason: string) => venuesApi.revealPhone(venue.id, reason) });
  if (reveal.data)
    return (
      <Typography.Text copyable data-testid="venue-phone-full">
        {reveal.data.phone}
      </Typography.Text>
    );
  return (
    <>
      <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setAsking(true)} data-testid="venue-reveal">
        {t('venues.reveal.button')}
      </Button>
      <Modal
        open={asking}
        title={t('venues.reveal.title')}
        onCancel={() => setAsking(false)}
        onOk={() => form.submit()}
        confirmLoading={reveal.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('venues.reveal.hint')}</Typography.Paragraph>
        {reveal.isError && <Typography.Paragraph type="danger">{errorText(reveal.error)}</Typography.Paragraph>}
        <Form form={form} layout="vertical" onFinish={(v) => reveal.mutate(v.reason, { onSuccess: () => setAsking(false) })}>
          <Form.Item name="reason" label={t('venues.reveal.reason')} rules={[{ required: true, min: 4, max: 200, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={200} data-testid="venue-reveal-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One venue: its recorded facts, photos and monthly figures, with correcting and the phone on request for those allowed. */
export function VenueDetailDrawer({
  venueId,
  placeholder,
  kinds,
  onClose,
}: {
  venueId: number | null;
  placeholder?: Venue | null;
  kinds: VenueKind[];
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const one = useQuery({
    queryKey: ['venues', 'one', venueId],
    queryFn: () => venuesApi.get(venueId ?? 0),
    enabled: venueId !== null,
    placeholderData: placeholder ?? undefined,
  });
  const venue = venueId === null ? null : (one.data ?? null);
  const kind = kinds.find((k) => k.code === venue?.kindCode);
  const canWrite = can('venue.write') && venue?.status !== 'closed';
  return (
    <Drawer
      open={venueId !== null}
      onClose={onClose}
      title={venue?.name}
      size={520}
      data-testid="venue-drawer"
      extra={
        canWrite && venue ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="venue-edit">
            {t('common.edit')}
          </Button>
        ) : null
      }
    >
      {venue && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('venues.col.kind')}>{venue.kindName}</Descriptions.Item>
            <Descriptions.Item label={t('venues.col.org')}>{venue.org.name}</Descriptions.Item>
            <Descriptions.Item label={t('venues.col.address')}>{venue.address}</Descriptions.Item>
            <Descriptions.Item label={t('venues.col.hours')}>{venue.openingHours ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('venues.col.capacity')}>{venue.capacity ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('venues.col.manager')}>
              <Space size={4} wrap>
                <span data-testid="venue-manager">{[venue.managerName, venue.managerPhoneMasked].filter(Boolean).join(' ') || '—'}</span>
                {venue.managerPhoneMasked && can('venue.reveal') && <RevealPhone key={venue.id} venue={venue} />}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('venues.col.status')}>
              {t(`venues.status.${venue.status}`)}
              {venue.openedOn ? ` · ${t('venues.openedOn', { date: venue.openedOn })}` : ''}
              {venue.closedOn ? ` · ${t('venues.closedOn', { date: venue.closedOn })}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('venues.col.location')}>{`${venue.lng.toFixed(5)}, ${venue.lat.toFixed(5)}`}</Descriptions.Item>
            {Object.entries(venue.fields).map(([k, v]) => (
              <Descriptions.Item key={k} label={kind?.fields.find((f) => f.key === k)?.[locale === 'en' ? 'labelEn' : 'labelZh'] ?? k}>
                {typeof v === 'boolean' ? (v ? t('venues.yes') : t('venues.no')) : String(v ?? '—')}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <VenuePhotos venueId={venue.id} canWrite={canWrite} />
          {MONTHLY_KINDS.includes(venue.kindCode) && <VenueMonths venueId={venue.id} canWrite={can('venue.write')} />}
        </Space>
      )}
      {editing && venue && <VenueFormDrawer open kinds={kinds} venue={venue} onClose={() => setEditing(false)} />}
    </Drawer>
  );
}
