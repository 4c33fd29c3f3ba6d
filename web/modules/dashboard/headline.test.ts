import { describe, expect, it } from 'vitest';
import type { BreakdownAnswer } from '../../../contracts/stats/breakdown.schemas';
import type { Measure } from '../../../contracts/stats/measure.schemas';
import { allMeasuresOrdered, chunks, growth, headlineMeasures, mergeBreakdowns } from './headline';

const measure = (code: string): Measure => ({ code, nameZh: code, nameEn: code, unit: '场次', aggregation: 'sum', description: '' });
const figure = (orgId: number, m: string, value: number) => ({ value, drill: { orgId, measure: m, from: '2023-01-01', to: '2023-12-31' } });
const part = (codes: string[], value: number): BreakdownAnswer => ({
  orgId: 1,
  from: '2023-01-01',
  to: '2023-12-31',
  measures: codes.map((code) => ({ code, nameZh: code, nameEn: code, unit: '场次', aggregation: 'sum' as const })),
  rows: [2, 3].map((id) => ({
    org: { id, name: `县${id}`, level: 'county' as const },
    hasChildren: true,
    figures: codes.map((m) => ({ measure: m, value: figure(id, m, value), previous: figure(id, m, value - 1) })),
  })),
});

describe('dashboard headline helpers', () => {
  it('leads with the report’s figures in its order and keeps the rest after them', () => {
    const all = ['trainees', 'lectures', 'study_sessions', 'cultural_events'].map(measure);
    expect(headlineMeasures(all).map((m) => m.code)).toEqual(['study_sessions', 'lectures', 'cultural_events']);
    expect(allMeasuresOrdered(all).map((m) => m.code)).toEqual(['study_sessions', 'lectures', 'cultural_events', 'trainees']);
  });

  it('gives growth only when last year had something, and splits long measure lists', () => {
    expect(growth(110, 100)).toBeCloseTo(0.1);
    expect(growth(5, 0)).toBeNull();
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('merges breakdowns fetched in groups of measures row by row', () => {
    const merged = mergeBreakdowns([part(['a', 'b'], 10), part(['c'], 20)]);
    expect(merged.measures.map((m) => m.code)).toEqual(['a', 'b', 'c']);
    expect(merged.rows.map((r) => r.figures.map((f) => `${f.measure}=${f.value.value}`))).toEqual([
      ['a=10', 'b=10', 'c=20'],
      ['a=10', 'b=10', 'c=20'],
    ]);
  });
});
