import { UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Flex, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { MemberStatus, Team, TeamMember } from '../../../../contracts/volunteers';
import { volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useErrorText, useNotifyError } from '../../../app/feedback';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { formatDateTime } from '../../../ui/format';
import { useIsMobile } from '../../../ui/useIsMobile';
import { TeamDissolveButton } from './TeamDissolveButton';
import { VolunteerPicker } from './VolunteerPicker';
import { TeamImport } from './TeamImport';

const STATUS_COLORS: Record<MemberStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red', left: 'default' };

/** A team's page for staff: its facts, join requests to approve or reject, members and leaders, and adding a volunteer. */
export function TeamMembersDrawer({ team, onClose }: { team: Team; onClose: () => void }) {
  const t = useT();
  const { can } = useSession();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState<number | undefined>();
  const [note, setNote] = useState('');
  const members = useQuery({ queryKey: volunteerKeys.members(team.id), queryFn: () => volunteersApi.members(team.id) });
  const mayWrite = can('volunteer.write') && team.status === 'active';
  const done = () => {
    void message.success(t('common.saved'));
    void queryClient.invalidateQueries({ queryKey: volunteerKeys.all });
  };
  const request = useMutation({
    mutationFn: (volunteerId: number) => volunteersApi.requestJoin(team.id, volunteerId),
    onSuccess: () => {
      setAdding(undefined);
      done();
    },
    onError: notifyError,
  });
  const decide = useMutation({
    mutationFn: (d: { volunteerId: number; decision: 'approve' | 'reject' }) =>
      volunteersApi.decide(team.id, d.volunteerId, d.decision, note.trim() || undefined),
    onSuccess: () => {
      setNote('');
      done();
    },
    onError: notifyError,
  });
  const role = useMutation({
    mutationFn: (m: TeamMember) => volunteersApi.setRole(team.id, m.volunteerId, m.role === 'leader' ? 'member' : 'leader'),
    onSuccess: done,
    onError: notifyError,
  });
  const rows = members.data ?? [];
  const pending = rows.filter((m) => m.status === 'pending');
  const others = rows.filter((m) => m.status !== 'pending');

  const actions = (m: TeamMember) => {
    if (!mayWrite) return null;
    if (m.status === 'pending')
      return (
        <Space size={4}>
          <Button size="small" type="primary" onClick={() => decide.mutate({ volunteerId: m.volunteerId, decision: 'approve' })} data-testid="member-approve">
            {t('volunteers.members.approve')}
          </Button>
          <Popconfirm
            title={t('volunteers.members.rejectTitle')}
            description={<Input placeholder={t('volunteers.members.note')} maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} />}
            onConfirm={() => decide.mutate({ volunteerId: m.volunteerId, decision: 'reject' })}
          >
            <Button size="small" danger>
              {t('volunteers.members.reject')}
            </Button>
          </Popconfirm>
        </Space>
      );
    if (m.status === 'approved')
      return (
        <Button size="small" type="link" onClick={() => role.mutate(m)}>
          {m.role === 'leader' ? t('volunteers.members.unmakeLeader') : t('volunteers.members.makeLeader')}
        </Button>
      );
    return null;
  };

  const columns = [
    { title: t('volunteers.col.name'), render: (_: unknown, m: TeamMember) => `${m.name} · ${m.volunteerNo}` },
    {
      title: t('volunteers.members.status'),
      render: (_: unknown, m: TeamMember) => (
        <Space size={4}>
          <Tag color={STATUS_COLORS[m.status]}>{t(`volunteers.memberStatus.${m.status}`)}</Tag>
          {m.role === 'leader' && m.status === 'approved' && <Tag color="blue">{t('volunteers.members.leader')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('volunteers.members.when'),
      render: (_: unknown, m: TeamMember) => formatDateTime(m.decidedAt ?? m.requestedAt),
    },
    { title: t('volunteers.members.noteCol'), render: (_: unknown, m: TeamMember) => m.decisionNote ?? '' },
    { title: t('common.actions'), render: (_: unknown, m: TeamMember) => actions(m) },
  ];

  return (
    <Drawer
      open
      onClose={onClose}
      title={team.name}
      size={isMobile ? '100%' : 760}
      data-testid="team-drawer"
      extra={
        mayWrite ? (
          <Space>
            <TeamImport teamId={team.id} />
            <TeamDissolveButton team={team} />
          </Space>
        ) : null
      }
    >
      <Descriptions column={isMobile ? 1 : 2} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('volunteers.teams.kind')}>{t(`volunteers.teamKind.${team.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.teams.org')}>{team.org.name}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.teams.foundedOn')}>{team.foundedOn}</Descriptions.Item>
        <Descriptions.Item label={t('volunteers.teams.status')}>
          {t(`volunteers.teamStatus.${team.status}`)}
          {team.dissolvedOn ? ` · ${team.dissolvedOn}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('volunteers.teams.description')} span={isMobile ? 1 : 2}>
          {team.description || '—'}
        </Descriptions.Item>
      </Descriptions>
      {members.isError && <Alert type="error" showIcon title={errorText(members.error)} style={{ marginBottom: 12 }} />}
      {mayWrite && (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <VolunteerPicker value={adding} onChange={setAdding} data-testid="member-picker" />
          <Button
            icon={<UserAddOutlined />}
            disabled={adding === undefined}
            loading={request.isPending}
            onClick={() => adding !== undefined && request.mutate(adding)}
            data-testid="member-add"
          >
            {t('volunteers.members.add')}
          </Button>
        </Flex>
      )}
      <Table<TeamMember>
        title={() => t('volunteers.members.pending', { count: pending.length })}
        rowKey="volunteerId"
        size="small"
        loading={members.isFetching}
        dataSource={pending}
        columns={columns}
        pagination={false}
        scroll={{ x: 640 }}
        style={{ marginBottom: 16 }}
        data-testid="team-pending"
      />
      <Table<TeamMember>
        title={() => t('volunteers.members.list', { count: team.memberCount })}
        rowKey="volunteerId"
        size="small"
        loading={members.isFetching}
        dataSource={others}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        data-testid="team-members"
      />
    </Drawer>
  );
}
