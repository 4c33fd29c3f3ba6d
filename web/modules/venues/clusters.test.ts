import { describe, expect, it } from 'vitest';
import { cellForZoom, clusterPoints } from './clusters';

const p = (id: number, lng: number, lat: number) => ({ id, name: `p${id}`, kindCode: 'practice_station', lng, lat });

describe('clusterPoints', () => {
  it('puts points of one cell together at their mean and keeps distant ones apart', () => {
    const clusters = clusterPoints([p(1, 114.01, 35.01), p(2, 114.03, 35.03), p(3, 114.5, 35.5)], 0.1);
    expect(clusters.map((c) => c.count).sort()).toEqual([1, 2]);
    const pair = clusters.find((c) => c.count === 2);
    expect(pair?.lng).toBeCloseTo(114.02);
    expect(pair?.lat).toBeCloseTo(35.02);
  });

  it('shows every point on its own when zoomed far in', () => {
    expect(cellForZoom(16, 1.2)).toBe(0);
    expect(clusterPoints([p(1, 114, 35), p(2, 114, 35)], 0)).toHaveLength(2);
    expect(cellForZoom(2, 1.4)).toBeCloseTo(0.05);
  });
});
