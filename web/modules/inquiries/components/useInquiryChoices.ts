import { useQuery } from '@tanstack/react-query';
import { inquiriesApi, inquiryKeys } from '../../../api/inquiries';

/** Every category, active or not, for pickers and the setup page; categories change rarely, so they are kept a minute. */
export function useCategories() {
  return useQuery({ queryKey: inquiryKeys.categories(), queryFn: () => inquiriesApi.categories(), staleTime: 60_000 });
}

/** The programmes that take inquiries on air. */
export function useProgrammes() {
  return useQuery({ queryKey: inquiryKeys.programmes(), queryFn: () => inquiriesApi.programmes(), staleTime: 60_000 });
}

/** The working-day limits of each kind. */
export function useTimeLimits() {
  return useQuery({ queryKey: inquiryKeys.timeLimits(), queryFn: () => inquiriesApi.timeLimits(), staleTime: 60_000 });
}
