import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { meetsPasswordPolicy, PASSWORD_MIN_LENGTH } from '../../../../contracts/identity/password-policy';
import { useT } from '../../../app/i18n/useT';
import type { MessageKey } from '../../../app/i18n/messages';

const CLASSES: { key: MessageKey; re: RegExp }[] = [
  { key: 'password.class.upper', re: /[A-Z]/ },
  { key: 'password.class.lower', re: /[a-z]/ },
  { key: 'password.class.digit', re: /[0-9]/ },
  { key: 'password.class.symbol', re: /[^a-zA-Z0-9]/ },
];

function Check({ ok, children }: { ok: boolean; children: string }) {
  return (
    <Typography.Text type={ok ? 'success' : 'secondary'}>
      {ok ? <CheckCircleFilled /> : <CloseCircleOutlined />} {children}
    </Typography.Text>
  );
}

/** The password rule, ticked off live as the new password is typed (same check as the server's). */
export function PasswordPolicyHint({ password }: { password: string }) {
  const t = useT();
  const classCount = CLASSES.filter((c) => c.re.test(password)).length;
  return (
    <Flex vertical gap={2} style={{ marginBottom: 16 }} data-testid="pw-policy" data-ok={meetsPasswordPolicy(password)}>
      <Check ok={password.length >= PASSWORD_MIN_LENGTH}>{t('password.rule.length', { min: PASSWORD_MIN_LENGTH })}</Check>
      <Check ok={classCount >= 3}>{t('password.rule.classes', { count: classCount })}</Check>
      <Flex gap={12} wrap style={{ paddingInlineStart: 20 }}>
        {CLASSES.map((c) => (
          <Typography.Text key={c.key} type={c.re.test(password) ? 'success' : 'secondary'} style={{ fontSize: 12 }}>
            {t(c.key)}
          </Typography.Text>
        ))}
      </Flex>
    </Flex>
  );
}
