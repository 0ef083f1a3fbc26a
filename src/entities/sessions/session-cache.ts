import type { Query, QueryClient, QueryKey } from '@tanstack/react-query'
import type { SessionDetail } from './get-session.ts'
import { sessionQueries } from './session-queries.ts'

// What a session write makes stale. Only live queries: a snapshot is a frozen copy that no write
// reaches, so its cached answers stay right. Each write names the groups it affects.

export type AffectedGroup = 'lists' | 'cursors' | 'partitions' | 'deletes' | 'keyChanges' | 'availableChangeVersions' | 'feed'

const groupKeys: Record<AffectedGroup, () => QueryKey> = {
  lists: sessionQueries.lists,
  cursors: sessionQueries.cursors,
  partitions: () => [...sessionQueries.all(), 'partitions'],
  deletes: () => [...sessionQueries.changes(), 'deletes'],
  keyChanges: () => [...sessionQueries.changes(), 'keyChanges'],
  availableChangeVersions: () => [...sessionQueries.all(), 'availableChangeVersions'],
  // The change feed's derived reads (where each change falls, volume per bucket): any write moves a
  // session's change version, so a fixed window can lose or gain it.
  feed: sessionQueries.feed,
}

/** The last member of every sessions key is its parameters, with `snapshot` always set. */
export function isSnapshotQuery(query: Pick<Query, 'queryKey'>): boolean {
  const params = query.queryKey.at(-1)
  return typeof params === 'object' && params !== null && (params as { snapshot?: unknown }).snapshot === true
}

export async function invalidateLive(client: QueryClient, groups: readonly AffectedGroup[]): Promise<void> {
  await Promise.all(
    groups.map((group) => client.invalidateQueries({ queryKey: groupKeys[group](), predicate: (query) => !isSnapshotQuery(query) })),
  )
}

/** The live detail now holds this record and etag (read after the write: POST and PUT return no body). */
export function setLiveDetail(client: QueryClient, id: string, detail: SessionDetail): void {
  client.setQueryData(sessionQueries.detail(id).queryKey, detail)
}

/** The cached record is no longer the stored one: refetch it (with If-None-Match) when someone looks. */
export async function invalidateLiveDetail(client: QueryClient, id: string): Promise<void> {
  await client.invalidateQueries({ queryKey: sessionQueries.detail(id).queryKey, exact: true })
}

/**
 * The record is gone: drop its live detail so nothing shows it as if it still existed. While a
 * screen still watches it (the dialog that deleted it, the page behind), it stays until the last
 * one leaves: removing it under them would make them read the deleted record again (a 404).
 */
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
