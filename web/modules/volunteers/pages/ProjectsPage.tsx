import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PROJECT_STORED_STATUSES, type Project, SERVICE_CATEGORIES } from '../../../../contracts/volunteers';
import { type ProjectFilters, volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ProjectDrawer } from '../components/ProjectDrawer';
import { ProjectFormDrawer } from '../components/ProjectFormDrawer';
import { TeamSelect } from '../components/TeamSelect';
import { headcountOf, PROJECT_STATUS_COLORS, slotTime } from '../project-view';

/** Service projects in the user's view with their slots, places taken and waiting lists; publishing and status changes. */
export function ProjectsPage() {
  const t = useT();
  const { me, can } = useSession();
  useDocumentTitle(t('volunteers.projects.title'));
  const state = useListState<ProjectFilters>({});
  const { filters, page, pageSize, apply } = state;
  const [creating, setCreating] = useState(false);
  const [picked, setPicked] = useState<Project | null>(null);
  const list = useQuery({ queryKey: volunteerKeys.projects(filters, page, pageSize), queryFn: () => volunteersApi.projects(filters, page, pageSize) });

  return (
    <Card
      title={t('volunteers.projects.title')}
      extra={
        can('volunteer.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-create">
            {t('volunteers.projects.create')}
          </Button>
        )
      }
    >
      <ListTable<Project, ProjectFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="project-table"
        fields={[
          { kind: 'org', key: 'orgId', label: t('volunteers.projects.org'), knownOrgs: me?.viewScope },
          {
            kind: 'custom',
            name: 'team',
            label: t('volunteers.projects.team'),
            render: () => (
              <TeamSelect value={filters.teamId} onChange={(teamId) => apply({ ...filters, teamId })} placeholder={t('common.all')} style={{ width: 220 }} />
            ),
          },
          {
            kind: 'select',
            key: 'category',
            label: t('volunteers.projects.category'),
            options: SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(`volunteers.category.${c}`) })),
            width: 150,
          },
          {
            kind: 'select',
            key: 'status',
            label: t('volunteers.projects.status'),
            options: PROJECT_STORED_STATUSES.map((s) => ({ value: s, label: t(`volunteers.projectStatus.${s}`) })),
          },
          { kind: 'search', name: 'q', placeholder: t('volunteers.projects.search'), toFilters: textFilter<ProjectFilters>('q') },
        ]}
        columns={[
          {
            title: t('volunteers.projects.name'),
            dataIndex: 'title',
            render: (title: string, p) => <Typography.Link onClick={() => setPicked(p)}>{title}</Typography.Link>,
          },
          { title: t('volunteers.projects.category'), render: (_, p) => t(`volunteers.category.${p.category}`) },
          { title: t('volunteers.projects.org'), render: (_, p) => p.org.name },
          { title: t('volunteers.projects.team'), render: (_, p) => p.team?.name ?? '—' },
          { title: t('volunteers.projects.firstSlot'), render: (_, p) => (p.slots[0] ? slotTime(p.slots[0]) : '—') },
          {
            title: t('volunteers.projects.headcount'),
            render: (_, p) => {
              const h = headcountOf(p);
              return (
                <>
                  {t('volunteers.projects.places', { confirmed: h.confirmed, headcount: h.headcount })}
                  {h.waiting > 0 && (
                    <Tag color="gold" style={{ marginInlineStart: 6 }}>
                      {t('volunteers.projects.waiting', { count: h.waiting })}
                    </Tag>
                  )}
                </>
              );
            },
          },
          {
            title: t('volunteers.projects.status'),
            render: (_, p) => <Tag color={PROJECT_STATUS_COLORS[p.status]}>{t(`volunteers.projectStatus.${p.status}`)}</Tag>,
          },
        ]}
      />
      {creating && <ProjectFormDrawer onClose={() => setCreating(false)} />}
      <ProjectDrawer projectId={picked?.id ?? null} placeholder={picked} onClose={() => setPicked(null)} />
    </Card>
  );
}
