import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TEAM_KINDS, TEAM_STATUSES, type Team, type TeamKind } from '../../../../contracts/volunteers';
import { type TeamFilters, volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { TeamFormDrawer } from '../components/TeamFormDrawer';
import { TeamMembersDrawer } from '../components/TeamMembersDrawer';

const ALL = 'all';

/** The list filters a report figure's link carries (owner org and kind); without them, the active teams. */
function filtersOf(params: URLSearchParams): TeamFilters {
  const orgId = Number(params.get('orgId'));
  const kind = TEAM_KINDS.find((k) => k === params.get('kind'));
  const linked = { ...(Number.isInteger(orgId) && orgId > 0 ? { orgId } : {}), ...(kind ? { kind } : {}) };
  // A count on a past day includes teams dissolved since, so a linked list shows every status.
  return Object.keys(linked).length > 0 ? linked : { status: 'active' };
}

/** Volunteer teams in the user's view by kind, with founding, editing, and each team's members and join requests. */
export function TeamsPage() {
  const t = useT();
  const { me, can } = useSession();
  useDocumentTitle(t('volunteers.teams.title'));
  const [params] = useSearchParams();
  const state = useListState<TeamFilters>(() => filtersOf(params));
  const { filters, page, pageSize, apply } = state;
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const list = useQuery({ queryKey: volunteerKeys.teams(filters, page, pageSize), queryFn: () => volunteersApi.teams(filters, page, pageSize) });
  const open = list.data?.items.find((x) => x.id === openId) ?? null;
  const mayWrite = can('volunteer.write');

  return (
    <Card
      title={t('volunteers.teams.title')}
      extra={
        mayWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="team-create">
            {t('volunteers.teams.create')}
          </Button>
        )
      }
    >
      <ListTable<Team, TeamFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="team-table"
        scrollX={860}
        header={
          <Tabs
            activeKey={filters.kind ?? ALL}
            onChange={(k) => apply({ ...filters, kind: k === ALL ? undefined : (k as TeamKind) })}
            items={[{ key: ALL, label: t('common.all') }, ...TEAM_KINDS.map((k) => ({ key: k, label: t(`volunteers.teamKind.${k}`) }))]}
          />
        }
        fields={[
          { kind: 'org', key: 'orgId', label: t('volunteers.teams.org'), knownOrgs: me?.viewScope },
          {
            kind: 'select',
            key: 'status',
            label: t('volunteers.teams.status'),
            options: TEAM_STATUSES.map((s) => ({ value: s, label: t(`volunteers.teamStatus.${s}`) })),
          },
          { kind: 'search', name: 'q', placeholder: t('volunteers.teams.search'), toFilters: textFilter<TeamFilters>('q'), testId: 'team-search' },
        ]}
        columns={[
          {
            title: t('volunteers.teams.name'),
            dataIndex: 'name',
            render: (name: string, team) => <Typography.Link onClick={() => setOpenId(team.id)}>{name}</Typography.Link>,
          },
          { title: t('volunteers.teams.kind'), render: (_, team) => t(`volunteers.teamKind.${team.kind}`) },
          { title: t('volunteers.teams.org'), render: (_, team) => team.org.name },
          { title: t('volunteers.teams.leaders'), render: (_, team) => team.leaders.map((l) => l.name).join('、') || '—' },
          { title: t('volunteers.teams.members'), dataIndex: 'memberCount', align: 'right' },
          { title: t('volunteers.teams.foundedOn'), dataIndex: 'foundedOn' },
          {
            title: t('volunteers.teams.status'),
            render: (_, team) => <Tag color={team.status === 'active' ? 'green' : 'default'}>{t(`volunteers.teamStatus.${team.status}`)}</Tag>,
          },
          {
            title: '',
            render: (_, team) =>
              mayWrite && team.status === 'active' ? (
                <Button type="link" onClick={() => setEditing(team)}>
                  {t('common.edit')}
                </Button>
              ) : null,
          },
        ]}
      />
      {editing && <TeamFormDrawer team={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {open && <TeamMembersDrawer team={open} onClose={() => setOpenId(null)} />}
    </Card>
  );
}
