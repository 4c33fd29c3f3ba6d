import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Divider, Flex, Form, Rate, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { StarHousehold } from '../../../../contracts/honours';
import { honourKeys, honoursApi, type StarHouseholdFilters } from '../../../api/honours';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { ListTable } from '../../../ui/list/ListTable';
import { useListState } from '../../../ui/list/useListState';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { StarCriteriaDrawer } from '../components/StarCriteriaDrawer';
import { StarHouseholdFormDrawer } from '../components/StarHouseholdFormDrawer';
import { StarReviewModal } from '../components/StarReviewModal';
import { StarSummaryTable } from '../components/StarSummaryTable';
import { useStarCriteria } from '../components/useStarCriteria';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => thisYear - i);

/** Star households (星级文明户): an org and a year, the summary per child org, the households with their claims and ratings, and the criteria. */
export function StarHouseholdsPage() {
  const t = useT();
  const { me, can } = useSession();
  useDocumentTitle(t('honours.star.title'));
  const home = me?.entryScope[0] ?? me?.viewScope[0];
  const state = useListState<StarHouseholdFilters>(() => ({ orgId: home?.id, year: thisYear }));
  const { filters, page, pageSize } = state;
  const [orgName, setOrgName] = useState(home?.name ?? '');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [reviewing, setReviewing] = useState<StarHousehold | null>(null);
  const list = useQuery({ queryKey: honourKeys.starHouseholds(filters, page, pageSize), queryFn: () => honoursApi.starHouseholds(filters, page, pageSize) });
  const year = filters.year ?? thisYear;
  const criteria = useStarCriteria(filters.orgId);
  const names = new Map((criteria.data?.items ?? []).map((c) => [c.key, c.name]));
  const nameOf = (key: string) => names.get(key) ?? key;
  return (
    <Card
      title={t('honours.star.title')}
      extra={
        <Space wrap>
          {can('honour.write') && filters.orgId !== undefined && (
            <Button icon={<SettingOutlined />} onClick={() => setEditing(true)} data-testid="star-criteria-edit">
              {t('honours.star.criteriaEdit')}
            </Button>
          )}
          {can('honour.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="star-household-add">
              {t('honours.star.add')}
            </Button>
          )}
        </Space>
      }
    >
      <Form layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label={t('honours.star.org')} style={{ minWidth: 260 }}>
          <OrgTreeSelect
            value={filters.orgId}
            knownOrgs={[...(me?.viewScope ?? []), ...(me?.entryScope ?? [])]}
            allowClear={false}
            onChange={(orgId, name) => {
              setOrgName(name ?? '');
              state.apply({ ...filters, orgId });
            }}
            data-testid="star-org"
          />
        </Form.Item>
        <Form.Item label={t('honours.star.year')}>
          <Select
            value={year}
            style={{ width: 110 }}
            options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            onChange={(y: number) => state.apply({ ...filters, year: y })}
            data-testid="star-year"
          />
        </Form.Item>
      </Form>
      {filters.orgId !== undefined && (
        <>
          <Typography.Title level={5}>{t('honours.star.summary', { org: orgName, year })}</Typography.Title>
          <StarSummaryTable orgId={filters.orgId} year={year} />
        </>
      )}
      <Divider />
      <ListTable<StarHousehold, StarHouseholdFilters>
        state={state}
        query={list}
        rowKey="id"
        testId="star-households-table"
        fields={[
          {
            kind: 'select',
            key: 'status',
            label: t('honours.star.status'),
            options: (['claimed', 'rated'] as const).map((s) => ({ value: s, label: t(`honours.starStatus.${s}`) })),
          },
        ]}
        columns={[
          { title: t('honours.star.household'), dataIndex: 'household' },
          { title: t('honours.star.address'), render: (_, h) => h.address || '—' },
          { title: t('honours.star.village'), dataIndex: 'orgName' },
          { title: t('honours.star.year'), dataIndex: 'year', width: 80 },
          { title: t('honours.star.source'), width: 90, render: (_, h) => t(`honours.starSource.${h.source}`) },
          {
            title: t('honours.star.criteriaClaimed'),
            width: 220,
            render: (_, h) =>
              h.source === 'claim' && h.claimed.length > 0 ? (
                <Flex gap={4} wrap>
                  {h.claimed.map((key) => (
                    <Tag key={key} style={{ marginInlineEnd: 0 }}>
                      {nameOf(key)}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                '—'
              ),
          },
          {
            title: t('honours.star.stars'),
            width: 150,
            render: (_, h) =>
              h.stars === null ? (
                '—'
              ) : (
                <Tooltip title={h.confirmed?.length ? h.confirmed.map(nameOf).join(' · ') : undefined}>
                  <span>
                    <Rate disabled count={5} value={h.stars} style={{ fontSize: 14 }} />
                  </span>
                </Tooltip>
              ),
          },
          {
            title: t('honours.star.status'),
            width: 150,
            render: (_, h) =>
              h.status === 'claimed' && can('honour.write') ? (
                <Button size="small" type="primary" onClick={() => setReviewing(h)} data-testid={`star-review-${h.id}`}>
                  {t('honours.star.review')}
                </Button>
              ) : (
                <Tag color={h.status === 'rated' ? 'green' : 'orange'}>{t(`honours.starStatus.${h.status}`)}</Tag>
              ),
          },
        ]}
      />
      {adding && <StarHouseholdFormDrawer year={year} onClose={() => setAdding(false)} />}
      {editing && filters.orgId !== undefined && <StarCriteriaDrawer orgId={filters.orgId} orgName={orgName} onClose={() => setEditing(false)} />}
      {reviewing && <StarReviewModal household={reviewing} onClose={() => setReviewing(null)} />}
    </Card>
  );
}
