import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Typography } from 'antd';
import type { SessionInfo } from '../../../../contracts/identity/user.schemas';
import { authApi, type LoginInput } from '../../../api/identity/auth';
import { useErrorText } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AuthCard } from '../components/AuthCard';

/** Sign-in with username and password; the server's message is shown as it comes. */
export function LoginPage() {
  const t = useT();
  const { message } = App.useApp();
  const { adopt } = useSession();
  const errorText = useErrorText();
  useDocumentTitle(t('login.title'));

  const login = useMutation({
    mutationFn: (input: LoginInput) => authApi.login(input),
    onSuccess: (info: SessionInfo) => {
      if (info.me.isDemo) void message.info({ content: t('login.demoNotice'), duration: 6 });
      adopt(info);
    },
  });

  return (
    <AuthCard title={t('login.title')} footer={<Typography.Text type="secondary">{t('login.browserHint')}</Typography.Text>}>
      {login.isError && <Alert type="error" showIcon title={errorText(login.error)} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form<LoginInput> layout="vertical" size="large" requiredMark={false} onFinish={(values) => login.mutate(values)}>
        <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
          {t('login.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
