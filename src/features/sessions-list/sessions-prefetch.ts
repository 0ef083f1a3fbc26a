import type { QueryClient } from '@tanstack/react-query'
import { readStoredSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import { changeWindowOf, filtersOf, pagingOf, type SessionsSearch } from '../../entities/sessions/sessions-search.ts'

/**
 * Starts reading the page the URL names as soon as the route matches, while the screen's code is
 * still downloading: the grid then finds its rows (or the request in flight) when it mounts. Same
 * query options as use-session-page.ts, so the cache entry is the one the grid reads. Fire and
 * forget: the grid shows any error itself.
 */
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
