import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Drawer, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Notice } from '../../../../contracts/inbox/notice.schemas';
import { inboxApi, inboxKeys } from '../../../api/inbox';
import { useT } from '../../../app/i18n/useT';
import { DICTIONARIES, type MessageKey } from '../../../app/i18n/messages';
import { formatDateTime } from '../../../ui/format';
import { useIsMobile } from '../../../ui/useIsMobile';

// A notice's words belong to the module that posts it, under `notices.<kind>`.
function wordingKey(kind: string): MessageKey | null {
  const key = `notices.${kind}`;
  return key in DICTIONARIES['zh-CN'] ? (key as MessageKey) : null;
}

/** The bell in the brand bar: the count of unread notices, and the newest of them in a drawer, each leading to its page. */
export function InboxBell() {
  const t = useT();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const inbox = useQuery({ queryKey: inboxKeys.all, queryFn: () => inboxApi.list(), refetchInterval: 120_000 });
  const refresh = () => queryClient.invalidateQueries({ queryKey: inboxKeys.all });
  const read = useMutation({ mutationFn: inboxApi.read, onSettled: refresh });
  const readAll = useMutation({ mutationFn: inboxApi.readAll, onSettled: refresh });
  const words = (n: Notice) => {
    const key = wordingKey(n.kind);
    return key ? t(key, n.params) : t('inbox.unknown', { kind: n.kind });
  };
  const follow = (n: Notice) => {
    if (!n.read) read.mutate(n.id);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };

  return (
    <>
      <Badge count={inbox.data?.unread ?? 0} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          aria-label={t('inbox.open')}
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
          onClick={() => setOpen(true)}
          data-testid="inbox-bell"
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        size={isMobile ? '100%' : 420}
        title={t('inbox.title')}
        data-testid="inbox-drawer"
        extra={
          <Button size="small" disabled={!inbox.data?.unread} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            {t('inbox.readAll')}
          </Button>
        }
      >
        {inbox.data && inbox.data.items.length === 0 ? (
          <Empty description={t('inbox.empty')} />
        ) : (
          <List<Notice>
            dataSource={inbox.data?.items ?? []}
            loading={inbox.isLoading}
            renderItem={(n) => (
              <List.Item onClick={() => follow(n)} style={{ cursor: n.link ? 'pointer' : undefined }} data-testid={`notice-${n.id}`}>
                <List.Item.Meta
                  avatar={<Badge status={n.read ? 'default' : 'processing'} />}
                  title={<Typography.Text strong={!n.read}>{words(n)}</Typography.Text>}
                  description={formatDateTime(n.createdAt)}
                />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
