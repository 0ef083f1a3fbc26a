import { QueryCache, QueryClient, type Query } from '@tanstack/react-query'
import { ApiError } from './api-error.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError
  }
}

export interface QueryClientOptions {
  /**
   * A refetch failed while its data is on screen: the screen keeps the data, so tell the user in a
   * toast (a first load shows its error inline instead).
   */
  onBackgroundError?: (error: ApiError, query: Query<unknown, unknown, unknown>) => void
}

const isBug = (error: unknown) => !(error instanceof ApiError)

export function createQueryClient({ onBackgroundError }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data !== undefined) onBackgroundError?.(error, query)
      },
    }),
    defaultOptions: {
      queries: {
        // The network door already retries reads (network failures and 5xx, with backoff);
        // retrying here too would multiply the attempts.
        retry: false,
        staleTime: 30_000,
        // Someone else may have changed records while the steward was in another tab. Open edits
        // are safe: forms take server data once, and the ETag they send is pinned when editing starts.
        refetchOnWindowFocus: true,
        // navigator.onLine says nothing about an API on localhost (the embedded demo works with
        // Wi-Fi off); the door reports real network failures itself.
        networkMode: 'always',
        throwOnError: isBug,
      },
      // Writes are never retried blindly (a lost answer does not mean a lost write).
      mutations: { retry: false, networkMode: 'always', throwOnError: isBug },
    },
  })
}
