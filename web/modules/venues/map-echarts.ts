import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The map needs only the outline (geo) and points (scatter); the rest of echarts stays out of the bundle.
echarts.use([GeoComponent, ScatterChart, TooltipComponent, CanvasRenderer]);

/** echarts core with the geo component and scatter points registered. */
export { echarts };
