import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type * as Params from './session-params.ts'
import { sessionQueries } from './session-queries.ts'

// One hook per read endpoint; each takes every parameter of its endpoint, `snapshot` included.
// Components that need more control use the factory directly: useQuery(sessionQueries.list(p)).

/** GET /ed-fi/sessions, offset paging: `{ items, total }` (total from Total-Count unless totalCount: false). */
export function useSessions(params: Params.SessionListParams) {
  return useQuery(sessionQueries.list(params))
}

/** GET /ed-fi/sessions, cursor paging: `fetchNextPage` follows Next-Page-Token; `hasNextPage` turns false at the end. */
export function useSessionsCursor(params: Params.SessionCursorParams) {
  return useInfiniteQuery(sessionQueries.cursor(params))
}

/** GET /ed-fi/sessions/{id}: `{ session, etag }`, revalidated with If-None-Match (a 304 keeps the cached record). */
export function useSession(id: string, options: Params.SnapshotOption = {}) {
  return useQuery(sessionQueries.detail(id, options))
}

/** GET /ed-fi/sessions/partitions: page tokens, each the start of a cursor walk (useSessionsCursor({ pageToken })). */
export function useSessionPartitions(params: Params.SessionPartitionsParams) {
  return useQuery(sessionQueries.partitions(params))
}

export function useSessionDeletes(params: Params.SessionChangesParams) {
  return useQuery(sessionQueries.deletes(params))
}

export function useSessionKeyChanges(params: Params.SessionChangesParams) {
  return useQuery(sessionQueries.keyChanges(params))
}

export function useAvailableChangeVersions(options: Params.SnapshotOption = {}) {
  return useQuery(sessionQueries.availableChangeVersions(options.snapshot))
}
