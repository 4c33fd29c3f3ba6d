import { useQuery } from '@tanstack/react-query';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Form, Input, Progress, Select, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Venue, VenueStatus } from '../../../../contracts/venues/venue.schemas';
import { type VenueFilters, venuesApi } from '../../../api/venues';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { ListTable } from '../../../ui/list/ListTable';
import { useListExport } from '../../../ui/list/useListExport';
import { useListState } from '../../../ui/list/useListState';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { VenueFormDrawer } from '../components/VenueFormDrawer';
import { VenueMap } from '../components/VenueMap';
import { BoundaryUpload } from '../components/BoundaryUpload';
import { VenueDetailDrawer } from '../components/VenueDetailDrawer';

const STATUSES: VenueStatus[] = ['open', 'planned', 'closed'];
const STATUS_COLORS: Record<VenueStatus, string> = { open: 'green', planned: 'blue', closed: 'default' };

/** The list filters a link carries in its query string; anything unknown is ignored. */
function filtersOf(params: URLSearchParams): VenueFilters {
  const orgId = Number(params.get('orgId'));
  const status = params.get('status');
  return {
    ...(Number.isInteger(orgId) && orgId > 0 ? { orgId } : {}),
    ...(params.get('kindCode') && params.get('tab') !== 'coverage' ? { kindCode: params.get('kindCode') as string } : {}),
    ...(status === 'open' || status === 'planned' || status === 'closed' ? { status } : {}),
    ...(params.get('landmark') === 'true' ? { landmark: 'true' as const } : {}),
  };
}

/** Venues of the caller's view: a filtered list, the same filter on a clustered map, and coverage per county. */
export function VenuesPage() {
  const t = useT();
  const { locale } = useLocale();
  const { me, can } = useSession();
  const errorText = useErrorText();
  const exporter = useListExport(venuesApi.exportXlsx, () => 'venues.xlsx');
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('venues.title'));
  const top = me?.viewScope[0];
  // A report figure links here with its filters (which kind, which org, landmark rooms only) so the list shows its rows.
  const [params] = useSearchParams();
  const state = useListState<VenueFilters>(() => filtersOf(params));
  const { filters, page, pageSize, apply } = state;
  const [picked, setPicked] = useState<Venue | number | null>(null);
  const [coverageKind, setCoverageKind] = useState(params.get('tab') === 'coverage' ? (params.get('kindCode') ?? 'practice_station') : 'practice_station');
  const [tab, setTab] = useState(params.get('tab') === 'coverage' || params.get('tab') === 'map' ? (params.get('tab') as string) : 'list');

  const kinds = useQuery({ queryKey: ['venues', 'kinds'], queryFn: venuesApi.kinds, staleTime: 300_000 });
  const list = useQuery({ queryKey: ['venues', 'list', filters, page, pageSize], queryFn: () => venuesApi.list(filters, page, pageSize) });
  const { q: _q, ...pointFilters } = filters;
  const points = useQuery({ queryKey: ['venues', 'points', pointFilters], queryFn: () => venuesApi.points(pointFilters), enabled: tab === 'map' });
  const boundary = useQuery({ queryKey: ['venues', 'boundary', top?.id], queryFn: () => venuesApi.boundary(top?.id ?? 0), enabled: tab === 'map' && !!top });
  const coverageOrg = filters.orgId ?? top?.id;
  const coverage = useQuery({
    queryKey: ['venues', 'coverage', coverageOrg, coverageKind],
    queryFn: () => venuesApi.coverage(coverageOrg ?? 0, coverageKind),
    enabled: tab === 'coverage' && coverageOrg !== undefined,
  });
  const pickedId = typeof picked === 'number' ? picked : null;

  const kindCodes = useMemo(() => (kinds.data ?? []).map((k) => k.code), [kinds.data]);
  const kindName = useCallback(
    (code: string) => {
      const k = kinds.data?.find((x) => x.code === code);
      return k ? (locale === 'en' ? k.nameEn : k.nameZh) : code;
    },
    [kinds.data, locale],
  );
  const shown = typeof picked === 'object' && picked !== null ? picked : (list.data?.items.find((v) => v.id === pickedId) ?? null);
  const shownId = typeof picked === 'number' ? picked : (picked?.id ?? null);

  const boundaryUpload = can('boundary.admin') && top ? <BoundaryUpload cityId={top.id} /> : null;

  const filterBar = (
    <Form layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
      <Form.Item label={t('venues.filter.org')} style={{ minWidth: 240 }}>
        <OrgTreeSelect value={filters.orgId} knownOrgs={me?.viewScope} onChange={(id) => apply({ ...filters, orgId: id })} data-testid="venue-org" />
      </Form.Item>
      <Form.Item label={t('venues.filter.kind')}>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('common.all')}
          value={filters.kindCode}
          options={kindCodes.map((code) => ({ value: code, label: kindName(code) }))}
          onChange={(kindCode?: string) => apply({ ...filters, kindCode })}
          data-testid="venue-kind"
        />
      </Form.Item>
      <Form.Item label={t('venues.filter.status')}>
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('common.all')}
          value={filters.status}
          options={STATUSES.map((s) => ({ value: s, label: t(`venues.status.${s}`) }))}
          onChange={(status?: VenueStatus) => apply({ ...filters, status })}
        />
      </Form.Item>
      <Form.Item>
        <Button icon={<DownloadOutlined />} loading={exporter.exporting} data-testid="venue-export" onClick={() => exporter.run(filters)}>
          {t('venues.export')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Input.Search allowClear placeholder={t('venues.filter.name')} onSearch={(q) => apply({ ...filters, q: q || undefined })} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item hidden={!filters.landmark}>
        <Tag
          closable
          onClose={() => {
            const { landmark: _all, ...rest } = filters;
            apply(rest);
          }}
        >
          {t('venues.filter.landmark')}
        </Tag>
      </Form.Item>
    </Form>
  );

  return (
    <Card
      title={t('venues.title')}
      extra={
        can('venue.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="venue-create">
            {t('venues.form.create')}
          </Button>
        )
      }
    >
      <VenueFormDrawer open={creating} kinds={kinds.data ?? []} onClose={() => setCreating(false)} />
      {filterBar}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'list',
            label: t('venues.tab.list'),
            children: (
              <>
                <ListTable<Venue, VenueFilters>
                  state={state}
                  query={list}
                  rowKey="id"
                  scrollX={900}
                  testId="venue-table"
                  columns={[
                    {
                      title: t('venues.col.name'),
                      dataIndex: 'name',
                      render: (name: string, v) => <Typography.Link onClick={() => setPicked(v)}>{name}</Typography.Link>,
                    },
                    { title: t('venues.col.kind'), dataIndex: 'kindName' },
                    { title: t('venues.col.org'), render: (_, v) => v.org.name },
                    { title: t('venues.col.address'), dataIndex: 'address', ellipsis: true },
                    {
                      title: t('venues.col.status'),
                      dataIndex: 'status',
                      render: (s: VenueStatus) => <Tag color={STATUS_COLORS[s]}>{t(`venues.status.${s}`)}</Tag>,
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'map',
            label: t('venues.tab.map'),
            children:
              boundary.isLoading || points.isLoading ? (
                <Spin />
              ) : boundary.data?.geojson ? (
                <>
                  <Flex justify="space-between" align="center" wrap gap={8}>
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {t('venues.map.hint', { count: points.data?.length ?? 0 })}
                    </Typography.Paragraph>
                    {boundaryUpload}
                  </Flex>
                  <VenueMap
                    boundary={boundary.data.geojson}
                    points={points.data ?? []}
                    kindCodes={kindCodes}
                    kindName={kindName}
                    onPick={(id) => setPicked(id)}
                    ariaLabel={t('venues.map.aria')}
                  />
                </>
              ) : (
                <Empty description={t('venues.map.noBoundary')}>{boundaryUpload}</Empty>
              ),
          },
          {
            key: 'coverage',
            label: t('venues.tab.coverage'),
            children: (
              <Flex vertical gap={12}>
                <Select
                  style={{ width: 240 }}
                  value={coverageKind}
                  options={(kinds.data ?? []).filter((k) => k.orgLevel !== null).map((k) => ({ value: k.code, label: kindName(k.code) }))}
                  onChange={setCoverageKind}
                  data-testid="coverage-kind"
                />
                {coverage.isError && <Alert type="error" showIcon title={errorText(coverage.error)} />}
                {coverage.data && (
                  <>
                    <Typography.Text strong data-testid="coverage-total">
                      {t('venues.coverage.total', {
                        covered: coverage.data.total.covered,
                        expected: coverage.data.total.expected,
                        percent: coverage.data.total.percent,
                      })}
                    </Typography.Text>
                    <Table
                      rowKey={(r) => r.org.id}
                      size="small"
                      pagination={false}
                      dataSource={coverage.data.rows}
                      columns={[
                        { title: t('venues.col.org'), render: (_, r) => r.org.name },
                        { title: t('venues.coverage.expected'), dataIndex: 'expected' },
                        { title: t('venues.coverage.covered'), dataIndex: 'covered' },
                        {
                          title: t('venues.coverage.percent'),
                          dataIndex: 'percent',
                          render: (p: number) => <Progress percent={p} size="small" status={p >= 100 ? 'success' : 'normal'} />,
                        },
                        {
                          title: t('venues.coverage.missing'),
                          render: (_, r) => (r.missing.length === 0 ? t('venues.coverage.none') : r.missing.map((m) => m.name).join('、')),
                        },
                      ]}
                    />
                  </>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <VenueDetailDrawer venueId={shownId} placeholder={shown} kinds={kinds.data ?? []} onClose={() => setPicked(null)} />
    </Card>
  );
}
