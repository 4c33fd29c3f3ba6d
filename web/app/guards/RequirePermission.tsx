import { Result } from 'antd';
import type { ReactNode } from 'react';
import type { Permission } from '../../../contracts/identity/permissions';
import { useT } from '../i18n/useT';
import { useSession } from '../session/session-context';

/** Renders its page only for users holding `permission` (none needed when it is missing). */
export function RequirePermission({ permission, children }: { permission?: Permission; children: ReactNode }) {
  const { can } = useSession();
  const t = useT();
  if (permission && !can(permission)) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  return <>{children}</>;
}
