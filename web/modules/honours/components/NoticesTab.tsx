import { useQuery } from '@tanstack/react-query';
import { Tag, Typography } from 'antd';
import { useState } from 'react';
import type { StaffNotice } from '../../../../contracts/honours';
import { honourKeys, honoursApi } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { localPage } from '../../../ui/list/local-page';
import { StaffNoticeDrawer } from './StaffNoticeDrawer';

type NoticeFilters = { open?: 'true' | 'false' };

/** The notices published in the caller's view, running and past, with their candidates and objection counts. */
export function NoticesTab({ onOpenNomination }: { onOpenNomination: (id: number) => void }) {
  const t = useT();
  const state = useListState<NoticeFilters>({});
  const notices = useQuery({ queryKey: honourKeys.notices(), queryFn: () => honoursApi.notices() });
  const [openId, setOpenId] = useState<number | null>(null);
  const { open } = state.filters;
  const query = localPage(notices, state.page, state.pageSize, (n) => open === undefined || String(n.open) === open);
  const shown = notices.data?.find((n) => n.id === openId);
  return (
    <>
      <ListTable<StaffNotice, NoticeFilters>
        state={state}
        query={query}
        rowKey="id"
        testId="staff-notices-table"
        fields={[
          {
            kind: 'select',
            key: 'open',
            label: t('honours.notices.state'),
            options: [
              { value: 'true', label: t('honours.notices.open') },
              { value: 'false', label: t('honours.notices.closed') },
            ],
          },
        ]}
        columns={[
          {
            title: t('honours.nominations.titleCycle'),
            render: (_, n) => (
              <Typography.Link onClick={() => setOpenId(n.id)} data-testid={`staff-notice-open-${n.id}`}>
                {`${n.titleName} · ${n.cycleName}`}
              </Typography.Link>
            ),
          },
          { title: t('honours.notices.org'), dataIndex: 'orgName' },
          {
            title: t('honours.notices.window'),
            render: (_, n) => t('honours.notices.windowLine', { startsOn: n.startsOn, endsOn: n.endsOn, days: n.workingDays }),
          },
          {
            title: t('honours.notices.state'),
            width: 100,
            render: (_, n) => <Tag color={n.open ? 'green' : 'default'}>{t(n.open ? 'honours.notices.open' : 'honours.notices.closed')}</Tag>,
          },
          { title: t('honours.notices.candidates'), width: 100, render: (_, n) => n.candidates.length },
          {
            title: t('honours.notices.objections'),
            width: 130,
            render: (_, n) => {
              const openCount = n.candidates.reduce((s, c) => s + c.openObjections, 0);
              const total = n.candidates.reduce((s, c) => s + c.objections, 0);
              return (
                <Typography.Text type={openCount > 0 ? 'danger' : undefined}>{t('honours.notices.objectionCount', { open: openCount, total })}</Typography.Text>
              );
            },
          },
        ]}
      />
      {shown && (
        <StaffNoticeDrawer
          notice={shown}
          onClose={() => setOpenId(null)}
          onOpenNomination={(id) => {
            setOpenId(null);
            onOpenNomination(id);
          }}
        />
      )}
    </>
  );
}
