import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { meetsPasswordPolicy } from '../../../../contracts/identity/password-policy';
import type { SessionInfo } from '../../../../contracts/identity/user.schemas';
import { authApi, type PasswordChangeInput } from '../../../api/identity/auth';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { applyFieldErrors } from '../../../ui/form-errors';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AuthCard } from '../components/AuthCard';
import { PasswordPolicyHint } from '../components/PasswordPolicyHint';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Changing one's password: forced at first sign-in, also reachable from the user menu. */
export function PasswordChangePage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me, adopt, signOut } = useSession();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const [form] = Form.useForm<PasswordForm>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const forced = me?.mustChangePassword ?? false;
  useDocumentTitle(t('password.title'));

  const change = useMutation({
    mutationFn: (input: PasswordChangeInput) => authApi.changePassword(input),
    onSuccess: (info: SessionInfo) => {
      adopt(info);
      void message.success(t('password.changed'));
      navigate('/', { replace: true });
    },
    onError: (error) => applyFieldErrors(form, error, { currentPassword: 'currentPassword', newPassword: 'newPassword' }),
  });

  const leave = () => {
    if (!forced) {
      navigate('/');
      return;
    }
    signOut()
      .catch(notifyError)
      .finally(() => navigate('/login', { replace: true }));
  };

  return (
    <AuthCard title={t('password.title')}>
      {forced && <Alert type="warning" showIcon title={t('password.forcedNotice')} style={{ marginBottom: 16 }} />}
      {change.isError && <Alert type="error" showIcon title={errorText(change.error)} style={{ marginBottom: 16 }} data-testid="pw-error" />}
      <Form<PasswordForm>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={({ currentPassword, newPassword: next }) => change.mutate({ currentPassword, newPassword: next })}
      >
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.currentRequired') }]}>
          <Input.Password autoComplete="current-password" autoFocus data-testid="pw-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('password.newRequired') },
            {
              validator: async (_, value: string | undefined) => {
                if (value && !meetsPasswordPolicy(value)) throw new Error(t('password.policyFailed'));
              },
            },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value === getFieldValue('currentPassword')) throw new Error(t('password.sameAsCurrent'));
              },
            }),
          ]}
          style={{ marginBottom: 8 }}
        >
          <Input.Password autoComplete="new-password" data-testid="pw-new" />
        </Form.Item>
        <PasswordPolicyHint password={newPassword} />
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="pw-confirm" />
        </Form.Item>
        <Flex gap={12}>
          <Button type="primary" htmlType="submit" loading={change.isPending} style={{ flex: 1 }} data-testid="pw-submit">
            {t('password.submit')}
          </Button>
          <Button onClick={leave}>{forced ? t('layout.logout') : t('common.cancel')}</Button>
        </Flex>
      </Form>
    </AuthCard>
  );
}
