import type { Query, QueryClient, QueryKey } from '@tanstack/react-query'
import type { SessionDetail } from './get-session.ts'
import { sessionQueries } from './session-queries.ts'

// Only live queries: a snapshot is a frozen copy that no write reaches.

export type AffectedGroup = 'lists' | 'cursors' | 'partitions' | 'deletes' | 'keyChanges' | 'availableChangeVersions' | 'feed'

const groupKeys: Record<AffectedGroup, () => QueryKey> = {
  lists: sessionQueries.lists,
  cursors: sessionQueries.cursors,
  partitions: () => [...sessionQueries.all(), 'partitions'],
  deletes: () => [...sessionQueries.changes(), 'deletes'],
  keyChanges: () => [...sessionQueries.changes(), 'keyChanges'],
  availableChangeVersions: () => [...sessionQueries.all(), 'availableChangeVersions'],
  // Any write moves a session's change version, so a fixed window can lose or gain it.
  feed: sessionQueries.feed,
}

export function isSnapshotQuery(query: Pick<Query, 'queryKey'>): boolean {
  const params = query.queryKey.at(-1)
  return typeof params === 'object' && params !== null && (params as { snapshot?: unknown }).snapshot === true
}

export async function invalidateLive(client: QueryClient, groups: readonly AffectedGroup[]): Promise<void> {
  await Promise.all(
    groups.map((group) => client.invalidateQueries({ queryKey: groupKeys[group](), predicate: (query) => !isSnapshotQuery(query) })),
  )
}

export function setLiveDetail(client: QueryClient, id: string, detail: SessionDetail): void {
  client.setQueryData(sessionQueries.detail(id).queryKey, detail)
}

export async function invalidateLiveDetail(client: QueryClient, id: string): Promise<void> {
  await client.invalidateQueries({ queryKey: sessionQueries.detail(id).queryKey, exact: true })
}

/** While a screen still watches the record it stays: removing it would make them refetch it (a 404). */
export async function forgetLiveDetail(client: QueryClient, id: string): Promise<void> {
  const { queryKey } = sessionQueries.detail(id)
  await client.cancelQueries({ queryKey, exact: true })
  const cache = client.getQueryCache()
  const query = cache.find({ queryKey, exact: true })
  if (!query || query.getObserversCount() === 0) return void client.removeQueries({ queryKey, exact: true })
  const unsubscribe = cache.subscribe((event) => {
    if (event.query !== query || event.type !== 'observerRemoved' || query.getObserversCount() > 0) return
    unsubscribe()
    cache.remove(query)
  })
}

export function cachedLiveDetail(client: QueryClient, id: string): SessionDetail | undefined {
  return client.getQueryData(sessionQueries.detail(id).queryKey)
}
