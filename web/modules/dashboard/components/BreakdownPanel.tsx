import { Alert, Breadcrumb, Button, Card, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo } from 'react';
import type { BreakdownRow } from '../../../../contracts/stats/breakdown.schemas';
import type { Figure } from '../../../../contracts/stats/query.schemas';
import type { FigureScope } from '../../../api/stats/stats';
import { useErrorText } from '../../../app/feedback';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import type { ChartOption } from '../echarts';
import { useBreakdown } from '../hooks/useStats';
import { EChart } from './EChart';
import { FigureLink } from './FigureLink';

/** One step of the drill-down path: city, county, township. */
export interface OrgStep {
  id: number;
  name: string;
}

/** Props of BreakdownPanel. */
export interface BreakdownPanelProps {
  scope: FigureScope;
  path: OrgStep[];
  /** The measure the bar chart shows. */
  measure: string | undefined;
  onDown(org: OrgStep): void;
  onUp(index: number): void;
  onDrill(figure: Figure, title: string): void;
}

const ROW_HEIGHT = 30;

/** Figures by child org: a bar chart of one measure and a table of all, drilling down city → county → township → village. */
export function BreakdownPanel({ scope, path, measure, onDown, onUp, onDrill }: BreakdownPanelProps) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const breakdown = useBreakdown(scope);
  const data = breakdown.data;
  const index = Math.max(0, data?.measures.findIndex((m) => m.code === measure) ?? 0);
  const shown = data?.measures[index];
  const measureName = (m: { nameZh: string; nameEn: string }) => (locale === 'en' ? m.nameEn : m.nameZh);
  const rows = data?.rows ?? [];

  const option = useMemo<ChartOption>(() => {
    const ordered = [...rows].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: ordered.map((r) => r.org.name), axisLabel: { width: 120, overflow: 'truncate' } },
      series: [
        {
          name: String(scope.from.slice(0, 4)),
          type: 'bar',
          data: ordered.map((r) => r.figures[index]?.value.value ?? 0),
          itemStyle: { color: '#c41d1d' },
          cursor: 'pointer',
        },
        {
          name: String(Number(scope.from.slice(0, 4)) - 1),
          type: 'bar',
          data: ordered.map((r) => r.figures[index]?.previous.value ?? 0),
          itemStyle: { color: '#bfbfbf' },
          cursor: 'pointer',
        },
      ],
    };
  }, [rows, index, scope.from]);

  const open = (r: BreakdownRow) => {
    if (r.hasChildren) onDown({ id: r.org.id, name: r.org.name });
  };

  const columns: TableColumnsType<BreakdownRow> = [
    {
      title: t('dashboard.breakdown.org'),
      key: 'org',
      fixed: 'left',
      render: (_, r) =>
        r.hasChildren ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(r)} data-testid="breakdown-down">
            {r.org.name}
          </Button>
        ) : (
          r.org.name
        ),
    },
    ...(data?.measures ?? []).map((m, i) => ({
      title: `${measureName(m)}（${m.unit}）`,
      key: m.code,
      align: 'right' as const,
      render: (_: unknown, r: BreakdownRow) => {
        const f = r.figures[i];
        if (!f) return '—';
        const title = `${r.org.name} · ${measureName(m)}`;
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            <FigureLink figure={f.value} onDrill={(fig) => onDrill(fig, title)} strong />
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
              / <FigureLink figure={f.previous} onDrill={(fig) => onDrill(fig, `${title}（${t('dashboard.lastYear')}）`)} />
            </Typography.Text>
          </span>
        );
      },
    })),
  ];

  return (
    <Card
      size="small"
      title={t('dashboard.breakdown.title')}
      extra={shown && <Typography.Text type="secondary">{t('dashboard.breakdown.hint', { measure: measureName(shown) })}</Typography.Text>}
      data-testid="breakdown"
    >
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={path.map((step, i) => ({
          key: step.id,
          title:
            i < path.length - 1 ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => onUp(i)}>
                {step.name}
              </Button>
            ) : (
              <span data-testid="breakdown-current">{step.name}</span>
            ),
        }))}
      />
      {breakdown.isError && <Alert type="error" showIcon title={errorText(breakdown.error)} style={{ marginBottom: 12 }} />}
      {data && rows.length === 0 ? (
        <Empty description={t('dashboard.breakdown.noChildren')} />
      ) : (
        <>
          <EChart
            option={option}
            ariaLabel={t('dashboard.breakdown.chartAria', { measure: shown ? measureName(shown) : '' })}
            style={{ height: Math.max(220, rows.length * ROW_HEIGHT + 60) }}
            onClick={({ seriesIndex, dataIndex }) => {
              const r = [...rows].reverse()[dataIndex];
              if (!r) return;
              if (r.hasChildren && seriesIndex === 0) open(r);
              else {
                const f = r.figures[index];
                if (f && shown) onDrill(seriesIndex === 0 ? f.value : f.previous, `${r.org.name} · ${measureName(shown)}`);
              }
            }}
            data-testid="breakdown-chart"
          />
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0' }}>
            {t('dashboard.breakdown.tableHint')}
          </Typography.Paragraph>
          <Table<BreakdownRow>
            rowKey={(r) => r.org.id}
            size="small"
            loading={breakdown.isFetching}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="breakdown-table"
          />
        </>
      )}
    </Card>
  );
}
