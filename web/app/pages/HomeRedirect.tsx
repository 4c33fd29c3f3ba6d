import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { Navigate } from 'react-router-dom';
import { volunteerAppApi, volunteerAppKeys } from '../../api/volunteer-app';
import { VOLUNTEER_APP_PATH } from '../../modules/volunteer-app';
import { NAV } from '../nav-registry';
import { useSession } from '../session/session-context';

/**
 * Home is the first menu page the user may open: the dashboard for most users. An account with no permission at all
 * is a volunteer's when it has a volunteer record, and goes to the volunteer app.
 */
export function HomeRedirect() {
  const { can, me } = useSession();
  const first = NAV.find((entry) => !entry.permission || can(entry.permission));
  const bare = (me?.permissions.length ?? 0) === 0;
  const volunteer = useQuery({ queryKey: volunteerAppKeys.me, queryFn: volunteerAppApi.me, enabled: bare, retry: false });
  if (bare && volunteer.isPending) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: 240 }}>
        <Spin />
      </div>
    );
  }
  if (bare && volunteer.isSuccess) return <Navigate to={VOLUNTEER_APP_PATH} replace />;
  return <Navigate to={first?.path ?? '/sessions'} replace />;
}
