import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { listSessions, type SessionListParams } from './list-sessions.ts'

/** Query keys go from general to specific, so invalidating `all()` refreshes every sessions view. */
export const sessionQueries = {
  all: () => ['sessions'] as const,
  lists: () => [...sessionQueries.all(), 'list'] as const,
  list: (params: SessionListParams) =>
    queryOptions({
      queryKey: [...sessionQueries.lists(), params],
      queryFn: ({ signal }) => listSessions(params, signal),
      // Keep the current page on screen while the next one loads.
      placeholderData: keepPreviousData,
    }),
}
