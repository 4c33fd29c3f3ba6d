import { Alert, Card, Col, DatePicker, Flex, Form, Row, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { DrillDescriptor, Figure } from '../../../../contracts/stats/query.schemas';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { useSession } from '../../../app/session/session-context';
import { OrgTreeSelect } from '../../../ui/OrgTreeSelect';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { BreakdownPanel, type OrgStep } from '../components/BreakdownPanel';
import { DrillDrawer } from '../components/DrillDrawer';
import { HeadlineCards } from '../components/HeadlineCards';
import { TrendChart } from '../components/TrendChart';
import { allMeasuresOrdered, headlineMeasures } from '../headline';
import { useLatestYear, useMeasures, useSeries } from '../hooks/useStats';

interface Drill {
  descriptor: DrillDescriptor;
  title: string;
}

/** The dashboard: the year's headline figures against last year, the monthly trend, and figures by child org, every number drillable. */
export function DashboardPage() {
  const t = useT();
  const { locale } = useLocale();
  const { me } = useSession();
  const errorText = useErrorText();
  useDocumentTitle(t('dashboard.title'));
  const top = me?.viewScope[0];
  const [path, setPath] = useState<OrgStep[]>(() => (top ? [{ id: top.id, name: top.name }] : []));
  const [pickedYear, setPickedYear] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [trendMeasure, setTrendMeasure] = useState<string | undefined>();
  const [drill, setDrill] = useState<Drill | null>(null);
  const measures = useMeasures();
  const head = useMemo(() => headlineMeasures(measures.data ?? []), [measures.data]);
  const shownMeasures = useMemo(() => (showAll ? allMeasuresOrdered(measures.data ?? []) : head), [showAll, measures.data, head]);
  const root = path[0];
  const current = path[path.length - 1];
  const latest = useLatestYear(
    root?.id ?? null,
    head.map((m) => m.code),
  );
  const year = pickedYear ?? latest.year;
  const codes = shownMeasures.map((m) => m.code);
  const range = year === null ? null : { from: `${year}-01-01`, to: `${year}-12-31` };
  const yearScope = current && range && codes.length > 0 ? { orgId: current.id, ...range, measures: codes } : null;
  const monthly = useSeries(yearScope, 'month');
  // Until the user picks one, the charts show the first headline measure that has anything to show.
  const chartMeasure = trendMeasure ?? monthly.data?.find((m) => m.total.value > 0)?.measure ?? codes[0];
  const nameOf = (code: string) => {
    const m = measures.data?.find((x) => x.code === code);
    return m ? (locale === 'en' ? m.nameEn : m.nameZh) : code;
  };
  const openFigure = (figure: Figure, title?: string) =>
    setDrill({ descriptor: figure.drill, title: title ?? `${current?.name ?? ''} · ${nameOf(figure.drill.measure)}` });

  if (!top) return <Alert type="info" showIcon title={t('dashboard.noScope')} />;
  return (
    <Flex vertical gap={16} data-testid="dashboard">
      <Card size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('dashboard.org')} style={{ minWidth: 260 }}>
            <OrgTreeSelect
              allowClear={false}
              value={root?.id}
              knownOrgs={me?.viewScope}
              onChange={(id, name) => {
                if (id !== undefined) setPath([{ id, name: name ?? `#${id}` }]);
              }}
              data-testid="dashboard-org"
            />
          </Form.Item>
          <Form.Item label={t('dashboard.year')}>
            <DatePicker
              picker="year"
              allowClear={false}
              value={year === null ? null : dayjs(`${year}-01-01`)}
              onChange={(d) => d && setPickedYear(d.year())}
              disabledDate={(d) => d.year() > dayjs().year()}
              data-testid="dashboard-year"
            />
          </Form.Item>
          <Form.Item label={t('dashboard.showAll')}>
            <Switch checked={showAll} onChange={setShowAll} aria-label={t('dashboard.showAll')} />
          </Form.Item>
        </Form>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dashboard.clickHint')}
        </Typography.Text>
      </Card>
      {(measures.isError || monthly.isError) && <Alert type="error" showIcon title={errorText(measures.error ?? monthly.error)} />}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('dashboard.headlineTitle', { org: current?.name ?? '', year: year ?? '' })}
      </Typography.Title>
      <HeadlineCards measures={monthly.data} loading={monthly.isLoading || latest.loading} onDrill={(f) => openFigure(f)} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          {year !== null && (
            <TrendChart year={year} series={monthly.data ?? []} measure={chartMeasure} onMeasure={setTrendMeasure} onDrill={(f) => openFigure(f)} />
          )}
        </Col>
        <Col xs={24}>
          {yearScope && (
            <BreakdownPanel
              scope={yearScope}
              path={path}
              measure={chartMeasure}
              onDown={(org) => setPath((p) => [...p, org])}
              onUp={(i) => setPath((p) => p.slice(0, i + 1))}
              onDrill={(f, title) => openFigure(f, title)}
            />
          )}
        </Col>
      </Row>
      {drill && <DrillDrawer descriptor={drill.descriptor} title={drill.title} onClose={() => setDrill(null)} />}
    </Flex>
  );
}
