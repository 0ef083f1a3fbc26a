import { queryOptions } from '@tanstack/react-query'
import { listSessions } from '../../entities/sessions/list-sessions.ts'
import { listSessionDeletes, listSessionKeyChanges } from '../../entities/sessions/session-changes.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import type { ChangeKind, VersionSpan } from './feed-entry.ts'
import { locateChangeVersions } from './locate-change-versions.ts'

// Queries of the change feed that the sessions factory does not have: where the sessions of a page
// sit in change-version order, and per-bucket counts for the chart. Keys live under the sessions
// "feed" key (under "changes"), which every write through the app marks stale.

/** Probe requests allowed per page of sessions: enough to pin a page of 25 in a window of thousands. */
export const LOCATE_BUDGET = 120
const PROBE_LIMIT = 500

export interface BucketCounts extends VersionSpan {
  upsert: number
  delete: number
  keyChange: number
}

const countOf = (total: number | undefined) => total ?? 0

export const changeFeedQueries = {
  located: (params: { ids: readonly string[]; window: VersionSpan; schoolId?: number; snapshot: boolean }) =>
    queryOptions({
      queryKey: [...sessionQueries.feed(), 'located', params] as const,
      queryFn: ({ signal }) =>
        locateChangeVersions(
          params.ids,
          params.window,
          async (lo, hi) => {
            const page = await listSessions(
              { minChangeVersion: lo, maxChangeVersion: hi, schoolId: params.schoolId, limit: PROBE_LIMIT, totalCount: false, snapshot: params.snapshot },
              signal,
            )
            // A full page may have cut the answer off: the sessions on later pages are unknown.
            return page.items.length < PROBE_LIMIT ? new Set(page.items.map((s) => s.id)) : undefined
          },
          LOCATE_BUDGET,
        ),
      staleTime: Infinity,
    }),

  /** Changes per bucket: three count-only requests each (limit=0&totalCount=true), skipped for kinds not shown. */
  volume: (params: { buckets: readonly VersionSpan[]; kinds: readonly ChangeKind[]; snapshot: boolean }) =>
    queryOptions({
      queryKey: [...sessionQueries.feed(), 'volume', params] as const,
      queryFn: ({ signal }) =>
        Promise.all(
          params.buckets.map(async (bucket): Promise<BucketCounts> => {
            const window = { minChangeVersion: bucket.lo, maxChangeVersion: bucket.hi, snapshot: params.snapshot }
            const counts = { limit: 0, totalCount: true, ...window }
            const [upsert, del, keyChange] = await Promise.all([
              params.kinds.includes('upsert') ? listSessions(counts, signal).then((p) => countOf(p.total)) : 0,
              params.kinds.includes('delete') ? listSessionDeletes(counts, signal).then((p) => countOf(p.total)) : 0,
              params.kinds.includes('keyChange') ? listSessionKeyChanges(counts, signal).then((p) => countOf(p.total)) : 0,
            ])
            return { ...bucket, upsert, delete: del, keyChange }
          }),
        ),
    }),
}
