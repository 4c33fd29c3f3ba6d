import { useEffect, useMemo, useRef } from 'react';
import { cellForZoom, type Cluster, clusterPoints, type MapPoint } from '../clusters';
import { echarts } from '../map-echarts';

const MAP_NAME = 'xuanwen-city';
const PALETTE = ['#c41d1f', '#1d4ed8', '#0f766e', '#b45309', '#7c3aed', '#be185d', '#15803d', '#475569', '#0369a1', '#a16207'];

/** Props of VenueMap. */
export interface VenueMapProps {
  /** The city outline as GeoJSON (Polygon, MultiPolygon, Feature or FeatureCollection). */
  boundary: unknown;
  points: MapPoint[];
  kindCodes: string[];
  kindName: (code: string) => string;
  onPick: (id: number) => void;
  ariaLabel: string;
}

function asCollection(geojson: unknown): object {
  const g = geojson as { type?: string };
  if (g?.type === 'FeatureCollection') return g;
  if (g?.type === 'Feature') return { type: 'FeatureCollection', features: [g] };
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'city' }, geometry: g }] };
}

function widthOf(points: MapPoint[]): number {
  if (points.length === 0) return 1;
  const lngs = points.map((p) => p.lng);
  return Math.max(0.05, Math.max(...lngs) - Math.min(...lngs));
}

function seriesOf(clusters: Cluster[], kindCodes: string[], kindName: (code: string) => string) {
  const color = (code: string) => PALETTE[Math.max(0, kindCodes.indexOf(code)) % PALETTE.length];
  return [
    {
      type: 'scatter',
      coordinateSystem: 'geo',
      data: clusters.map((c) => {
        const single = c.count === 1 ? c.points[0] : undefined;
        return {
          value: [c.lng, c.lat, c.count],
          name: single ? single.name : String(c.count),
          venueId: single?.id,
          kindCode: single?.kindCode,
          symbolSize: single ? 9 : Math.min(30, 12 + 3 * Math.log2(c.count)),
          itemStyle: { color: single ? color(single.kindCode) : 'rgba(196, 29, 31, 0.78)', borderColor: '#fff', borderWidth: 1 },
          label: { show: !single, formatter: String(c.count), color: '#fff', fontSize: 11 },
        };
      }),
      tooltip: {
        formatter: (p: { data: { venueId?: number; kindCode?: string; name: string; value: number[] } }) =>
          p.data.venueId ? `${p.data.name}<br/>${kindName(p.data.kindCode ?? '')}` : `${p.data.value[2]}`,
      },
    },
  ];
}

/** The city outline with its venues: clustered at city scale, separating as the map zooms, a single venue opening on click. */
export function VenueMap({ boundary, points, kindCodes, kindName, onPick, ariaLabel }: VenueMapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const width = useMemo(() => widthOf(points), [points]);
  const latest = useRef({ points, kindCodes, kindName, onPick, width });
  latest.current = { points, kindCodes, kindName, onPick, width };

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    echarts.registerMap(MAP_NAME, asCollection(boundary) as Parameters<typeof echarts.registerMap>[1]);
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const redraw = () => {
      const { points: pts, kindCodes: codes, kindName: name, width: w } = latest.current;
      const geo = (instance.getOption() as { geo?: { zoom?: number }[] }).geo?.[0];
      instance.setOption({ series: seriesOf(clusterPoints(pts, cellForZoom(geo?.zoom ?? 1, w)), codes, name) });
    };
    instance.setOption({
      tooltip: { trigger: 'item' },
      geo: {
        map: MAP_NAME,
        roam: true,
        zoom: 1,
        layoutCenter: ['50%', '50%'],
        layoutSize: '96%',
        scaleLimit: { min: 1, max: 40 },
        itemStyle: { areaColor: '#fdf4f4', borderColor: '#c41d1f', borderWidth: 1.5 },
        emphasis: { disabled: true },
        silent: true,
      },
      series: [],
    });
    redraw();
    instance.on('georoam', redraw);
    instance.on('click', (params) => {
      const data = params.data as { venueId?: number; value?: number[] } | undefined;
      if (data?.venueId) latest.current.onPick(data.venueId);
      else if (data?.value) {
        const geo = (instance.getOption() as { geo?: { zoom?: number }[] }).geo?.[0];
        instance.setOption({ geo: { center: [data.value[0], data.value[1]], zoom: Math.min(40, (geo?.zoom ?? 1) * 2.5) } });
        redraw();
      }
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [boundary]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    const geo = (instance.getOption() as { geo?: { zoom?: number }[] }).geo?.[0];
    instance.setOption({ series: seriesOf(clusterPoints(points, cellForZoom(geo?.zoom ?? 1, width)), kindCodes, kindName) });
  }, [points, kindCodes, kindName, width]);

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 520 }} data-testid="venue-map" />;
}
