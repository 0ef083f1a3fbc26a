import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error.ts'

declare module '@tanstack/react-query' {
  // Endpoint functions throw ApiError only (see api-client.ts), so components can rely on its fields.
  interface Register {
    defaultError: ApiError
  }
}

/** Client mistakes (4xx) will not fix themselves: retry only network failures and 5xx, twice. */
function shouldRetry(failureCount: number, error: ApiError): boolean {
  if (failureCount >= 2) return false
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
