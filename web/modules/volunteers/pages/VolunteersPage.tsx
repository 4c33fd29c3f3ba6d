import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Tag, Typography } from 'antd';
import { useState } from 'react';
import { VOLUNTEER_STATUSES, type Volunteer, type VolunteerStatus } from '../../../../contracts/volunteers';
import { type VolunteerFilters, volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { textFilter } from '../../../ui/list/ListFilters';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { VolunteerDetailDrawer } from '../components/VolunteerDetailDrawer';
import { VolunteerFormDrawer } from '../components/VolunteerFormDrawer';
import { exactLookup } from '../volunteer-lookup';

/** Volunteers whose home is in the user's view, masked, with registration and a detail drawer. */
export function VolunteersPage() {
  const t = useT();
  const { me, can } = useSession();
  useDocumentTitle(t('volunteers.title'));
  const state = useListState<VolunteerFilters>({});
  const { filters, page, pageSize } = state;
  const [creating, setCreating] = useState(false);
  const [picked, setPicked] = useState<Volunteer | null>(null);
  const list = useQuery({ queryKey: volunteerKeys.list(filters, page, pageSize), queryFn: () => volunteersApi.list(filters, page, pageSize) });

  return (
    <Card
      title={t('volunteers.title')}
      extra={
        can('volunteer.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="volunteer-create">
            {t('volunteers.form.create')}
          </Button>
        )
      }
    >
      <ListTable<Volunteer, VolunteerFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="volunteer-table"
        fields={[
          { kind: 'org', key: 'orgId', label: t('volunteers.filter.org'), knownOrgs: me?.viewScope },
          {
            kind: 'select',
            key: 'status',
            label: t('volunteers.filter.status'),
            options: VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) })),
          },
          { kind: 'search', name: 'skill', placeholder: t('volunteers.filter.skill'), toFilters: textFilter<VolunteerFilters>('skill'), width: 160 },
          { kind: 'search', name: 'q', placeholder: t('volunteers.filter.name'), toFilters: textFilter<VolunteerFilters>('q'), testId: 'volunteer-search' },
          { kind: 'search', name: 'exact', placeholder: t('volunteers.filter.exact'), toFilters: exactLookup, width: 240 },
        ]}
        columns={[
          { title: t('volunteers.col.no'), dataIndex: 'volunteerNo', width: 160 },
          {
            title: t('volunteers.col.name'),
            dataIndex: 'name',
            render: (name: string, v) => <Typography.Link onClick={() => setPicked(v)}>{name}</Typography.Link>,
          },
          { title: t('volunteers.col.sexAge'), render: (_, v) => t('volunteers.sexAge', { sex: t(`volunteers.sex.${v.sex}`), age: v.age }) },
          { title: t('volunteers.col.idNumber'), render: (_, v) => v.idNumberMasked },
          { title: t('volunteers.col.phone'), dataIndex: 'phoneMasked' },
          { title: t('volunteers.col.home'), render: (_, v) => v.homeOrg.name },
          {
            title: t('volunteers.col.skills'),
            render: (_, v) =>
              v.skills.slice(0, 3).map((s) => (
                <Tag key={s} style={{ marginBottom: 2 }}>
                  {s}
                </Tag>
              )),
          },
          {
            title: t('volunteers.col.status'),
            dataIndex: 'status',
            render: (s: VolunteerStatus) => <Tag color={s === 'active' ? 'green' : 'default'}>{t(`volunteers.status.${s}`)}</Tag>,
          },
        ]}
      />
      <VolunteerFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(v) => {
          setCreating(false);
          setPicked(v);
        }}
      />
      <VolunteerDetailDrawer volunteerId={picked?.id ?? null} placeholder={picked} onClose={() => setPicked(null)} />
    </Card>
  );
}
