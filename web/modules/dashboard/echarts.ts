import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the parts the dashboard draws, so the echarts chunk stays a fraction of the full build.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** echarts core with bar and line charts, grid, legend and tooltip registered. */
export { echarts };
/** The option object of the charts the dashboard draws. */
export type ChartOption = echarts.EChartsCoreOption;
