import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will answer the same again; only network trouble and 5xx deserve a second try.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** Builds the app's query client; no refetch on focus, so an idle tab lets the session time out as it should. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 15_000 },
      mutations: { retry: false },
    },
  });
}
