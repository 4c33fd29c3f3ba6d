import { QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Segmented, Spin, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { type CheckinKind, QR_WINDOW_SECONDS } from '../../../../contracts/volunteers/checkin.schemas';
import type { Slot } from '../../../../contracts/volunteers';
import { volunteersApi } from '../../../api/volunteers';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { slotTime } from '../project-view';

/**
 * When to fetch the next token: a token is accepted in its window and the next, and `expiresAt` is the end of the next,
 * so a new one is due once the current window ends. Bounded so a phone clock that is off neither spins nor stalls.
 */
function refreshDelay(expiresAt: string): number {
  const due = new Date(expiresAt).getTime() - QR_WINDOW_SECONDS * 1000 + 500 - Date.now();
  return Math.min(QR_WINDOW_SECONDS * 1000, Math.max(2_000, due));
}

function QrImage({ text }: { text: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { width: 640, margin: 2, errorCorrectionLevel: 'M' })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text]);
  return src ? (
    <img src={src} alt="" style={{ width: 'min(80vw, 62vh)', height: 'auto', imageRendering: 'pixelated' }} data-testid="checkin-qr-image" />
  ) : (
    <Spin />
  );
}

/** A slot's check-in and check-out QR code on the whole screen, renewed before each token runs out, for volunteers to scan. */
function CheckinQrModal({ projectId, projectTitle, slot, onClose }: { projectId: number; projectTitle: string; slot: Slot; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [kind, setKind] = useState<CheckinKind>('in');
  const qr = useQuery({
    queryKey: ['volunteers', 'qr', projectId, slot.id, kind],
    queryFn: () => volunteersApi.qr(projectId, slot.id, kind),
    refetchInterval: (query) => (query.state.data ? refreshDelay(query.state.data.expiresAt) : false),
    refetchIntervalInBackground: true,
    gcTime: 0,
  });
  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      width="100vw"
      style={{ top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 }}
      styles={{ container: { minHeight: '100vh', borderRadius: 0 } }}
      title={projectTitle}
      data-testid="checkin-qr"
    >
      <Flex vertical align="center" gap={16}>
        <Typography.Text type="secondary">{slotTime(slot)}</Typography.Text>
        <Segmented<CheckinKind>
          size="large"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'in', label: t('volunteers.qr.in') },
            { value: 'out', label: t('volunteers.qr.out') },
          ]}
          data-testid="checkin-qr-kind"
        />
        {qr.isError && <Alert type="error" showIcon title={errorText(qr.error)} />}
        {qr.data ? <QrImage text={qr.data.token} /> : !qr.isError && <Spin size="large" />}
        <Typography.Title level={3} style={{ margin: 0 }}>
          {kind === 'in' ? t('volunteers.qr.scanIn') : t('volunteers.qr.scanOut')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('volunteers.qr.rotates', { seconds: QR_WINDOW_SECONDS })}</Typography.Text>
        {qr.data && (
          <Typography.Text type="secondary" copyable style={{ fontSize: 12, wordBreak: 'break-all' }} data-testid="checkin-qr-token">
            {qr.data.token}
          </Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}

/** Opens a slot's check-in QR code for the organiser to show on a phone or a screen at the venue. */
export function CheckinQrButton({ projectId, projectTitle, slot }: { projectId: number; projectTitle: string; slot: Slot }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    // Inside a collapse header: a click here must not fold the slot.
    // biome-ignore lint/a11y/noStaticElementInteractions: only stops the click from reaching the header
    // biome-ignore lint/a11y/useKeyWithClickEvents: the button inside takes the keyboard
    <span onClick={(e) => e.stopPropagation()}>
      <Button size="small" icon={<QrcodeOutlined />} onClick={() => setOpen(true)} data-testid="checkin-qr-open">
        {t('volunteers.qr.open')}
      </Button>
      {open && <CheckinQrModal projectId={projectId} projectTitle={projectTitle} slot={slot} onClose={() => setOpen(false)} />}
    </span>
  );
}
