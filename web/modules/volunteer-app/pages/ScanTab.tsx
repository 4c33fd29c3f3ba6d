import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Divider, Flex, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { volunteerAppApi, volunteerAppKeys } from '../../../api/volunteer-app';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { QrScanner } from '../components/QrScanner';
import { currentPosition } from '../qr-decoder';

/** Signing in or out of a slot by its QR code: scanned with the camera or pasted as text, sent with where the phone is. */
export function ScanTab() {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [pasted, setPasted] = useState('');
  const checkin = useMutation({
    mutationFn: async (token: string) => {
      const where = await currentPosition();
      return volunteerAppApi.checkin({ token, ...(where ?? {}) });
    },
    onSuccess: () => {
      setPasted('');
      void queryClient.invalidateQueries({ queryKey: volunteerAppKeys.all });
    },
  });
  const send = (text: string) => {
    const token = text.trim();
    if (token) checkin.mutate(token);
  };

  if (checkin.isSuccess || checkin.isError) {
    const a = checkin.data;
    return (
      <Result
        status={a ? 'success' : 'error'}
        title={a ? t(a.kind === 'in' ? 'vapp.scan.signedIn' : 'vapp.scan.signedOut') : t('vapp.scan.failed')}
        subTitle={
          a ? (
            <Flex vertical>
              <Typography.Text strong>{a.projectTitle}</Typography.Text>
              <span>{t('vapp.scan.inAt', { at: formatDateTime(a.signedInAt) })}</span>
              {a.signedOutAt && <span>{t('vapp.scan.outAt', { at: formatDateTime(a.signedOutAt) })}</span>}
            </Flex>
          ) : (
            <Typography.Text type="danger">{errorText(checkin.error)}</Typography.Text>
          )
        }
        extra={
          <Button type="primary" onClick={() => checkin.reset()} data-testid="vapp-scan-again">
            {t('vapp.scan.again')}
          </Button>
        }
        data-testid="vapp-scan-result"
      />
    );
  }

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('vapp.scan.intro')}</Typography.Text>
      <QrScanner onCode={send} />
      <Divider plain style={{ margin: '4px 0' }}>
        {t('vapp.scan.orPaste')}
      </Divider>
      <Input.TextArea
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 4 }}
        maxLength={200}
        placeholder={t('vapp.scan.pastePlaceholder')}
        data-testid="vapp-token"
      />
      <Button block disabled={!pasted.trim()} loading={checkin.isPending} onClick={() => send(pasted)} data-testid="vapp-token-send">
        {t('vapp.scan.send')}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('vapp.scan.locationNote')}
      </Typography.Text>
    </Flex>
  );
}
