import { Card, Empty, Select } from 'antd';
import { useMemo } from 'react';
import type { Figure, MeasureSeries } from '../../../../contracts/stats/query.schemas';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import type { ChartOption } from '../echarts';
import { EChart } from './EChart';

/** Props of TrendChart. */
export interface TrendChartProps {
  year: number;
  series: MeasureSeries[];
  measure: string | undefined;
  onMeasure(code: string): void;
  onDrill(figure: Figure): void;
}

/** The chosen measure month by month, this year's bars beside last year's line; a click opens that month's records. */
export function TrendChart({ year, series, measure, onMeasure, onDrill }: TrendChartProps) {
  const t = useT();
  const { locale } = useLocale();
  const current = series.find((m) => m.measure === measure) ?? series[0];
  const name = (m: MeasureSeries) => (locale === 'en' ? m.nameEn : m.nameZh);
  const option = useMemo<ChartOption>(() => {
    const points = current?.series ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map((p) => t('dashboard.monthLabel', { month: Number(p.periodStart.slice(5, 7)) })) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: String(year), type: 'bar', data: points.map((p) => p.value.value), itemStyle: { color: '#c41d1d' }, barMaxWidth: 28, cursor: 'pointer' },
        { name: String(year - 1), type: 'line', data: points.map((p) => p.previous.value), itemStyle: { color: '#8c8c8c' }, symbolSize: 7, cursor: 'pointer' },
      ],
    };
  }, [current, year, t]);
  return (
    <Card
      size="small"
      title={t('dashboard.trend')}
      extra={
        <Select
          size="small"
          value={current?.measure}
          onChange={onMeasure}
          style={{ minWidth: 160 }}
          aria-label={t('dashboard.pickMeasure')}
          options={series.map((m) => ({ value: m.measure, label: name(m) }))}
          data-testid="trend-measure"
        />
      }
    >
      {current ? (
        <EChart
          option={option}
          ariaLabel={t('dashboard.trendAria', { measure: name(current), year })}
          onClick={({ seriesIndex, dataIndex }) => {
            const p = current.series[dataIndex];
            if (p) onDrill(seriesIndex === 0 ? p.value : p.previous);
          }}
          data-testid="trend-chart"
        />
      ) : (
        <Empty />
      )}
    </Card>
  );
}
