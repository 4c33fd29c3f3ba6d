import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import type { UserWithPassword } from '../../../api/identity/users';
import { useT } from '../../../app/i18n/useT';
import { copyText } from '../../../ui/copy-text';

/** Shows a new temporary password once, with a copy button; it cannot be shown again after closing. */
export function TemporaryPasswordModal({ result, onClose }: { result: UserWithPassword; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const copy = async () => {
    const ok = await copyText(result.temporaryPassword);
    void (ok ? message.success(t('common.copied')) : message.warning(t('common.copyFailed')));
  };
  return (
    <Modal
      open
      title={t('user.tempPassword.title')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="temp-password-close">
          {t('user.tempPassword.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('user.tempPassword.once')} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'user', label: t('user.field.username'), children: `${result.user.username}（${result.user.displayName}）` },
          {
            key: 'password',
            label: t('user.tempPassword.password'),
            children: (
              <Typography.Text code style={{ fontSize: 16, userSelect: 'all' }} data-testid="temp-password">
                {result.temporaryPassword}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Button icon={<CopyOutlined />} onClick={() => void copy()} style={{ marginTop: 12 }} data-testid="temp-password-copy">
        {t('user.tempPassword.copy')}
      </Button>
    </Modal>
  );
}
