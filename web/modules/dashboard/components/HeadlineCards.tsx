import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Row, Skeleton, Typography } from 'antd';
import type { Figure, MeasureSeries } from '../../../../contracts/stats/query.schemas';
import { useLocale } from '../../../app/i18n/locale-context';
import { useT } from '../../../app/i18n/useT';
import { growth } from '../headline';
import { FigureLink } from './FigureLink';

/** Props of HeadlineCards. */
export interface HeadlineCardsProps {
  measures: MeasureSeries[] | undefined;
  loading: boolean;
  onDrill(figure: Figure): void;
}

/** The headline figures of the year, each with last year's and the growth; both numbers open their records. */
export function HeadlineCards({ measures, loading, onDrill }: HeadlineCardsProps) {
  const t = useT();
  const { locale } = useLocale();
  if (loading && !measures) return <Skeleton active />;
  return (
    <Row gutter={[12, 12]} data-testid="headline-cards">
      {(measures ?? []).map((m) => {
        const g = growth(m.total.value, m.previousTotal.value);
        return (
          <Col key={m.measure} xs={12} md={8} xl={6}>
            <Card size="small" style={{ height: '100%' }} data-testid={`headline-${m.measure}`}>
              <Typography.Text type="secondary" ellipsis={{ tooltip: true }} style={{ display: 'block' }}>
                {locale === 'en' ? m.nameEn : m.nameZh}
              </Typography.Text>
              <div style={{ fontSize: 24, lineHeight: '36px' }}>
                <FigureLink figure={m.total} onDrill={onDrill} strong testId={`headline-value-${m.measure}`} />
                <Typography.Text type="secondary" style={{ fontSize: 13, marginInlineStart: 4 }}>
                  {m.unit}
                </Typography.Text>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard.lastYear')} <FigureLink figure={m.previousTotal} onDrill={onDrill} />
                {g !== null && g !== 0 && (
                  <span style={{ marginInlineStart: 8, color: g >= 0 ? '#cf1322' : '#389e0d', whiteSpace: 'nowrap' }}>
                    {g >= 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} {Math.abs(g * 100).toFixed(1)}%
                  </span>
                )}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
