import { infiniteQueryOptions, keepPreviousData, queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { getSession, type SessionDetail } from './get-session.ts'
import { listSessions, listSessionsPage } from './list-sessions.ts'
import { getAvailableChangeVersions, listSessionDeletes, listSessionKeyChanges, listSessionPartitions } from './session-changes.ts'
import type {
  SessionChangesParams,
  SessionCursorParams,
  SessionListParams,
  SessionPartitionsParams,
  SnapshotOption,
} from './session-params.ts'

// The last key member is the params with `snapshot` always set, so writes can spare snapshot reads.

const withSnapshot = <T extends SnapshotOption>(params: T) => ({ ...params, snapshot: params.snapshot ?? false })

export const sessionQueries = {
  all: () => ['sessions'] as const,

  lists: () => [...sessionQueries.all(), 'list'] as const,
  list: (params: SessionListParams) => {
    const p = withSnapshot({ ...params, offset: params.offset ?? 0, totalCount: params.totalCount ?? true })
    return queryOptions({
      queryKey: [...sessionQueries.lists(), p] as const,
      queryFn: ({ signal }) => listSessions(p, signal),
      placeholderData: keepPreviousData,
      // Deep-comparing 500 new rows cost a page turn several milliseconds and spared nothing.
      structuralSharing: false,
    })
  },

  cursors: () => [...sessionQueries.all(), 'cursor'] as const,
  cursor: (params: SessionCursorParams) => {
    const p = withSnapshot(params)
    return infiniteQueryOptions({
      queryKey: [...sessionQueries.cursors(), p] as const,
      queryFn: ({ pageParam, signal }) => listSessionsPage({ ...p, pageToken: pageParam ?? undefined }, signal),
      initialPageParam: (p.pageToken ?? null) as string | null,
      getNextPageParam: (last) => last.nextPageToken,
      structuralSharing: false,
    })
  },

  details: () => [...sessionQueries.all(), 'detail'] as const,
  /** Refetches send If-None-Match: a 304 keeps the cached object, so nothing re-renders. */
  detail: (id: string, options: SnapshotOption = {}) => {
    const p = withSnapshot({ snapshot: options.snapshot })
    return queryOptions({
      queryKey: [...sessionQueries.details(), id, p] as const,
      queryFn: ({ client, queryKey, signal }) => revalidateSession(client, queryKey, id, p.snapshot, signal),
    })
  },

  changes: () => [...sessionQueries.all(), 'changes'] as const,
  feed: () => [...sessionQueries.changes(), 'feed'] as const,
  deletes: (params: SessionChangesParams) => changeList('deletes', listSessionDeletes, params),
  keyChanges: (params: SessionChangesParams) => changeList('keyChanges', listSessionKeyChanges, params),

  partitions: (params: SessionPartitionsParams) => {
    const p = withSnapshot(params)
    return queryOptions({
      queryKey: [...sessionQueries.all(), 'partitions', p] as const,
      queryFn: ({ signal }) => listSessionPartitions(p, signal),
    })
  },

  availableChangeVersions: (snapshot = false) =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'availableChangeVersions', { snapshot }] as const,
      queryFn: ({ signal }) => getAvailableChangeVersions({ snapshot }, signal),
    }),
}

async function revalidateSession(
  client: QueryClient,
  queryKey: QueryKey,
  id: string,
  snapshot: boolean,
  signal: AbortSignal,
): Promise<SessionDetail> {
  const cached = client.getQueryData<SessionDetail>(queryKey)
  const answer = await getSession(id, { snapshot, ifNoneMatch: cached?.etag }, signal)
  if (!answer.notModified) return { session: answer.session, etag: answer.etag }
  if (cached) return cached
  // A 304 with nothing cached (the cache was cleared meanwhile): read the record in full.
  const full = await getSession(id, { snapshot }, signal)
  if (full.notModified) throw new Error('GET without If-None-Match answered 304')
  return { session: full.session, etag: full.etag }
}

function changeList<T>(
  name: 'deletes' | 'keyChanges',
  list: (params: SessionChangesParams, signal: AbortSignal) => Promise<T>,
  params: SessionChangesParams,
) {
  const p = withSnapshot({ ...params, offset: params.offset ?? 0 })
  return queryOptions({
    queryKey: [...sessionQueries.changes(), name, p] as const,
    queryFn: ({ signal }) => list(p, signal),
    placeholderData: keepPreviousData,
  })
}
