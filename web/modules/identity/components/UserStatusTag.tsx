import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { User } from '../../../../contracts/identity/user.schemas';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';

/** Whether the account cannot sign in now: disabled by an admin, or locked after failed sign-ins. */
export function isBlocked(user: User): boolean {
  return user.disabled || (user.lockedUntil !== null && dayjs(user.lockedUntil).isAfter(dayjs()));
}

/** The account state in one tag: disabled, locked (until when), awaiting its first password change, or normal. */
export function UserStatusTag({ user }: { user: User }) {
  const t = useT();
  if (user.disabled) return <Tag color="red">{t('user.status.disabled')}</Tag>;
  if (user.lockedUntil && dayjs(user.lockedUntil).isAfter(dayjs())) {
    return (
      <Tooltip title={t('user.status.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
        <Tag color="orange">{t('user.status.locked')}</Tag>
      </Tooltip>
    );
  }
  if (user.mustChangePassword) return <Tag color="blue">{t('user.status.mustChange')}</Tag>;
  return <Tag color="green">{t('user.status.active')}</Tag>;
}
