import type { QueryClient } from '@tanstack/react-query'
import { readStoredSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import { changeWindowOf, filtersOf, pagingOf, type SessionsSearch } from '../../entities/sessions/sessions-search.ts'

/** Starts while the screen's code still downloads; same query options as use-session-page.ts, so the grid finds the entry. */
export function prefetchSessionsPage(client: QueryClient, search: SessionsSearch): void {
  const snapshot = readStoredSnapshotMode()
  const paging = pagingOf(search)
  const narrowing = { ...filtersOf(search), ...changeWindowOf(search), snapshot }
  if (paging.mode === 'offset') {
    void client.prefetchQuery(sessionQueries.list({ ...narrowing, offset: paging.offset, limit: paging.size }))
  } else {
    void client.prefetchInfiniteQuery(sessionQueries.cursor({ ...narrowing, pageSize: paging.size, pageToken: paging.tokens.at(-1) }))
  }
}
