import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { VOLUNTEER_STATUSES, type Volunteer, type VolunteerStatus } from '../../../../contracts/volunteers';
import { type VolunteerFilters, volunteerKeys, volunteersApi } from '../../../api/volunteers';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
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
  const { filters, page, pageSize, apply } = state;
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
        filters={
          <>
            <Form.Item label={t('volunteers.filter.org')} style={{ minWidth: 240 }}>
              <OrgTreeSelect value={filters.orgId} knownOrgs={me?.viewScope} onChange={(orgId) => apply({ ...filters, orgId })} />
            </Form.Item>
            <Form.Item label={t('volunteers.filter.status')}>
              <Select
                allowClear
                style={{ width: 120 }}
                placeholder={t('common.all')}
                value={filters.status}
                options={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) }))}
                onChange={(status?: VolunteerStatus) => apply({ ...filters, status })}
              />
            </Form.Item>
            <Form.Item>
              <Input.Search
                allowClear
                placeholder={t('volunteers.filter.skill')}
                onSearch={(skill) => apply({ ...filters, skill: skill.trim() || undefined })}
                style={{ width: 160 }}
              />
            </Form.Item>
            <Form.Item>
              <Input.Search
                allowClear
                placeholder={t('volunteers.filter.name')}
                onSearch={(q) => apply({ ...filters, q: q.trim() || undefined })}
                style={{ width: 220 }}
                data-testid="volunteer-search"
              />
            </Form.Item>
            <Form.Item>
              <Input.Search
                allowClear
                placeholder={t('volunteers.filter.exact')}
                onSearch={(text) => apply({ ...filters, ...exactLookup(text) })}
                style={{ width: 240 }}
                autoComplete="off"
              />
            </Form.Item>
          </>
        }
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
