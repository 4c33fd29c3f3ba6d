import { Button, Popconfirm, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { Session } from '../../../../contracts/identity/user.schemas';
import { useT } from '../../../app/i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useIsMobile } from '../../../ui/useIsMobile';
import { describeUserAgent } from '../../../ui/user-agent';

/** Props of SessionTable. */
export interface SessionTableProps {
  sessions: Session[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** Adds the user column, for the admins' list. */
  showUser: boolean;
  revokingId: string | null;
  onPage(page: number, pageSize: number): void;
  onRevoke(session: Session): void;
}

/** Sessions with device, IP and times; any active session but the current one can be ended. */
export function SessionTable(props: SessionTableProps) {
  const { sessions, total, page, pageSize, loading, showUser, revokingId, onPage, onRevoke } = props;
  const t = useT();
  const pinned = !useIsMobile();
  const columns: TableColumnsType<Session> = [
    ...(showUser ? [{ title: t('session.col.user'), dataIndex: 'username' }] : []),
    {
      title: t('session.col.device'),
      dataIndex: 'userAgent',
      render: (ua: string | null) => (
        <Tooltip title={ua}>
          <Typography.Text>{describeUserAgent(ua) ?? t('session.unknownDevice')}</Typography.Text>
        </Tooltip>
      ),
    },
    { title: t('session.col.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    { title: t('session.col.started'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    { title: t('session.col.lastSeen'), dataIndex: 'lastSeenAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('session.col.state'),
      key: 'state',
      render: (_, s) =>
        s.current ? (
          <Tag color="blue">{t('session.current')}</Tag>
        ) : s.active ? (
          <Tag color="green">{t('session.active')}</Tag>
        ) : (
          <Tag>{s.revokedAt ? t('session.revoked') : t('session.ended')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: pinned ? 'right' : undefined,
      render: (_, s) =>
        s.active && !s.current ? (
          <Popconfirm title={t('session.revokeConfirm')} okButtonProps={{ danger: true }} onConfirm={() => onRevoke(s)}>
            <Button type="link" size="small" danger loading={revokingId === s.id} data-testid="session-revoke">
              {t('session.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
  return (
    <Table<Session>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={sessions}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total, showTotal: (n) => t('common.total', { total: n }), onChange: onPage }}
    />
  );
}
