import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BreakdownAnswer } from '../../../../contracts/stats/breakdown.schemas';
import type { DrillDescriptor, Grain, MeasureSeries } from '../../../../contracts/stats/query.schemas';
import { type FigureScope, statsApi, statsKeys } from '../../../api/stats/stats';
import { chunks, mergeBreakdowns } from '../headline';

/** Every measure the spine counts. */
export function useMeasures() {
  return useQuery({ queryKey: statsKeys.measures, queryFn: statsApi.measures, staleTime: 300_000 });
}

/** Series of any number of measures (fetched in groups of 20), each with last year's beside it. */
export function useSeries(scope: FigureScope | null, grain: Grain) {
  return useQuery({
    queryKey: statsKeys.series(scope ?? { orgId: 0, from: '', to: '', measures: [] }, grain),
    queryFn: async (): Promise<MeasureSeries[]> => {
      if (!scope) return [];
      const answers = await Promise.all(chunks(scope.measures).map((measures) => statsApi.series({ ...scope, measures }, grain)));
      return answers.flatMap((a) => a.measures);
    },
    enabled: scope !== null && scope.measures.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Figures of each child org of the scope's org. */
export function useBreakdown(scope: FigureScope | null) {
  return useQuery({
    queryKey: statsKeys.breakdown(scope ?? { orgId: 0, from: '', to: '', measures: [] }),
    queryFn: async (): Promise<BreakdownAnswer> => {
      const whole = scope as FigureScope;
      const parts = await Promise.all(chunks(whole.measures).map((measures) => statsApi.breakdown({ ...whole, measures })));
      return mergeBreakdowns(parts);
    },
    enabled: scope !== null && scope.measures.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** One page of the records behind a figure. */
export function useDrill(descriptor: DrillDescriptor | null, page: number, pageSize: number) {
  return useQuery({
    queryKey: statsKeys.drill(descriptor ?? { orgId: 0, measure: '', from: '', to: '' }, page, pageSize),
    queryFn: () => statsApi.drill(descriptor as DrillDescriptor, page, pageSize),
    enabled: descriptor !== null,
    placeholderData: keepPreviousData,
  });
}

/** The latest year with any figure for the org, looking back ten years; null while loading or when nothing exists yet. */
export function useLatestYear(orgId: number | null, measures: readonly string[]) {
  const thisYear = new Date().getFullYear();
  const scope = orgId === null ? null : { orgId, from: `${thisYear - 9}-01-01`, to: `${thisYear}-12-31`, measures };
  const series = useSeries(scope, 'year');
  if (!series.data) return { year: null, loading: series.isLoading };
  let latest: number | null = null;
  for (const m of series.data)
    for (const p of m.series) {
      const year = Number(p.periodStart.slice(0, 4));
      if (p.value.value > 0 && (latest === null || year > latest)) latest = year;
    }
  return { year: latest ?? thisYear, loading: false };
}
