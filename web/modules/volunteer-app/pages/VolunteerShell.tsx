import { LogoutOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Result, Spin, Typography } from 'antd';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { volunteerAppApi, volunteerAppKeys } from '../../../api/volunteer-app';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { PhonePage } from '../../../ui/PhonePage';
import { TabBar } from '../components/TabBar';

/** The signed-in volunteer's app: who they are on top, the current tab, and the tab bar; an account without a volunteer is sent to register. */
export function VolunteerShell() {
  const t = useT();
  const navigate = useNavigate();
  const { signOut } = useSession();
  const notifyError = useNotifyError();
  const errorText = useErrorText();
  useDocumentTitle(t('vapp.title'));
  const me = useQuery({ queryKey: volunteerAppKeys.me, queryFn: volunteerAppApi.me, retry: false });
  const logout = () => {
    signOut()
      .catch(notifyError)
      .finally(() => navigate('/login', { replace: true }));
  };
  const exit = <Button type="text" icon={<LogoutOutlined />} onClick={logout} aria-label={t('layout.logout')} data-testid="vapp-logout" />;

  if (me.isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
        <Spin />
      </div>
    );
  }
  if (me.isError) {
    const notVolunteer = me.error instanceof ApiError && me.error.code === 'VOLUNTEERS_NOT_A_VOLUNTEER';
    return (
      <PhonePage title={t('vapp.title')} extra={exit}>
        {notVolunteer ? (
          <Result
            status="info"
            title={t('vapp.notVolunteer')}
            extra={
              <Link to="/join">
                <Button type="primary">{t('vapp.join.title')}</Button>
              </Link>
            }
          />
        ) : (
          <Alert type="error" showIcon title={errorText(me.error)} />
        )}
      </PhonePage>
    );
  }
  return (
    <div style={{ paddingBottom: 72 }}>
      <PhonePage title={t('vapp.title')} extra={exit}>
        <Flex justify="space-between" align="baseline" data-testid="vapp-who">
          <Typography.Text strong>{me.data.name}</Typography.Text>
          <Typography.Text type="secondary">
            {me.data.volunteerNo} · {me.data.homeOrg.name}
          </Typography.Text>
        </Flex>
        <Outlet context={me.data} />
      </PhonePage>
      <TabBar />
    </div>
  );
}
