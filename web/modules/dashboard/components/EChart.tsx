import { type CSSProperties, useEffect, useRef } from 'react';
import { type ChartOption, echarts } from '../echarts';

/** What a click on a chart element tells: the series and the index of the data item. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

/** Props of EChart. */
export interface EChartProps {
  option: ChartOption;
  onClick?: (click: ChartClick) => void;
  /** Describes the chart for screen readers; the numbers themselves are in the tables and cards beside it. */
  ariaLabel: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** One echarts instance bound to a div: resized with its box, disposed with the component. */
export function EChart({ option, onClick, ariaLabel, style, ...rest }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 320, ...style }} data-testid={rest['data-testid']} />;
}
