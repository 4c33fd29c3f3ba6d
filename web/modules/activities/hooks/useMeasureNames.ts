import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { statsApi, statsKeys } from '../../../api/stats/stats';
import { useLocale } from '../../../app/i18n/locale-context';

/** A function naming a measure code in the UI language (the code itself until the names arrive). */
export function useMeasureNames(): (code: string) => string {
  const { locale } = useLocale();
  const measures = useQuery({ queryKey: statsKeys.measures, queryFn: statsApi.measures, staleTime: 300_000 });
  return useCallback(
    (code: string) => {
      const m = measures.data?.find((x) => x.code === code);
      return m ? (locale === 'en' ? m.nameEn : m.nameZh) : code;
    },
    [measures.data, locale],
  );
}
