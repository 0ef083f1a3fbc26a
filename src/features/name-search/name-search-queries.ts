import { queryOptions } from '@tanstack/react-query'
import { countSessions, readAllSessions, type WholeSetSource } from '../../entities/sessions/read-all-sessions.ts'
import { NAME_SEARCH_LIMIT } from './match-names.ts'

// Under the sessions key, so every write (which invalidates sessions queries) refreshes them too.
export const nameSearchQueries = {
  all: () => ['sessions', 'name-search'] as const,
  count: (source: WholeSetSource) =>
    queryOptions({
      queryKey: [...nameSearchQueries.all(), 'count', source] as const,
      queryFn: ({ signal }) => countSessions(source, signal),
      staleTime: 30_000,
    }),
  wholeSet: (source: WholeSetSource) =>
    queryOptions({
      queryKey: [...nameSearchQueries.all(), 'whole-set', source] as const,
      queryFn: ({ signal }) => readAllSessions({ ...source, maxRows: NAME_SEARCH_LIMIT, signal }),
      staleTime: 30_000,
    }),
}
