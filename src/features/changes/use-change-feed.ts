import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import type { ResolvedWindow } from './change-window.ts'
import type { ChangesSearch } from './changes-search.ts'
import { CHANGE_KINDS, type FeedEntry, type VersionSpan } from './feed-entry.ts'
import { changeFeedQueries } from './feed-queries.ts'
import { filterChanges, mergeChanges } from './merge-changes.ts'

export const FEED_PAGE_SIZE = 25

export interface SourcePage {
  offset: number
  count: number
  total: number | undefined
  busy: boolean
}

/**
 * One page of each source for the window (offset paging, with Total-Count), merged newest first.
 * Sessions are filtered by school at the API; deletes and key changes cannot be (their endpoints
 * have no property filters), so the school filter narrows their page here.
 */
export function useChangeFeed(
  search: ChangesSearch,
  window: ResolvedWindow | undefined,
  snapshot: boolean,
  placement: { start: ReadonlyMap<string, VersionSpan> | undefined; settled: boolean; exact: boolean },
) {
  const kinds = search.kinds ?? CHANGE_KINDS
  const range = { minChangeVersion: window?.min, maxChangeVersion: window?.max, snapshot, limit: FEED_PAGE_SIZE, totalCount: true }
  const ready = window !== undefined && window.min <= window.max
  const upserts = useQuery({
    ...sessionQueries.list({ ...range, schoolId: search.schoolId, offset: search.upsertsOffset ?? 0 }),
    enabled: ready && kinds.includes('upsert'),
  })
  const deletes = useQuery({
    ...sessionQueries.deletes({ ...range, offset: search.deletesOffset ?? 0 }),
    enabled: ready && kinds.includes('delete'),
  })
  const keyChanges = useQuery({
    ...sessionQueries.keyChanges({ ...range, offset: search.keyChangesOffset ?? 0 }),
    enabled: ready && kinds.includes('keyChange'),
  })
  const sessions = upserts.data?.items ?? []
  const known = placement.start
  const start = known && new Map(sessions.flatMap((s) => (known.has(s.id) ? [[s.id, known.get(s.id)!] as const] : [])))
  const located = useQuery({
    ...changeFeedQueries.located({
      ids: sessions.map((s) => s.id),
      window: { lo: window?.min ?? 0, hi: window?.max ?? 0 },
      schoolId: search.schoolId,
      snapshot,
      start,
    }),
    // Only the sessions on screen are placed, after the chart: its probes are then reused.
    // Exact versions are asked for only when they are shown (Ed-Fi details on); otherwise the
    // chart's buckets place the sessions well enough for an order by date.
    enabled: ready && sessions.length > 0 && !upserts.isPlaceholderData && placement.settled && placement.exact,
  })

  const entries: FeedEntry[] = ready
    ? filterChanges(
        mergeChanges(
          { upserts: sessions, deletes: deletes.data?.items ?? [], keyChanges: keyChanges.data?.items ?? [] },
          located.data ?? placement.start ?? new Map(),
          window,
        ),
        { kinds, schoolId: search.schoolId },
      )
    : []

  const page = (query: typeof deletes | typeof upserts, offset: number | undefined): SourcePage | undefined =>
    query.data ? { offset: offset ?? 0, count: query.data.items.length, total: query.data.total, busy: query.isPlaceholderData } : undefined

  const queries = [upserts, deletes, keyChanges]
  return {
    kinds,
    entries,
    pages: {
      upsert: page(upserts, search.upsertsOffset),
      delete: page(deletes, search.deletesOffset),
      keyChange: page(keyChanges, search.keyChangesOffset),
    },
    loading: queries.some((q) => q.isPending && q.fetchStatus !== 'idle'),
    locating: located.isFetching,
    error: queries.find((q) => q.isError)?.error ?? located.error ?? undefined,
    retry: () => queries.forEach((q) => void q.refetch()),
  }
}
