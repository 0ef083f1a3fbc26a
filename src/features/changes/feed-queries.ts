import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { listSessions } from '../../entities/sessions/list-sessions.ts'
import { listSessionDeletes, listSessionKeyChanges } from '../../entities/sessions/session-changes.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import type { ChangeKind, VersionSpan } from './feed-entry.ts'
import { locateChangeVersions } from './locate-change-versions.ts'
import { scanVolume, type BucketCounts } from './volume-scan.ts'

// Queries of the change feed that the sessions factory does not have: where the sessions of a page
// sit in change-version order, and per-bucket counts for the chart. Keys live under the sessions
// "feed" key (under "changes"), which every write through the app marks stale. Probes ("which
// sessions changed in [lo, hi]?") are cached per range, so the chart and the list share them.

export type { BucketCounts } from './volume-scan.ts'

export const LOCATE_BUDGET = 120
const PROBE_LIMIT = 500

interface ProbeParams {
  lo: number
  hi: number
  schoolId?: number
  snapshot: boolean
}

const probeKey = (p: ProbeParams) => [...sessionQueries.feed(), 'probe', p] as const

function probeRange(client: QueryClient, params: ProbeParams): Promise<string[] | null> {
  return client.fetchQuery({
    queryKey: probeKey(params),
    queryFn: async ({ signal }) => {
      const page = await listSessions(
        {
          minChangeVersion: params.lo,
          maxChangeVersion: params.hi,
          schoolId: params.schoolId,
          limit: PROBE_LIMIT,
          totalCount: false,
          snapshot: params.snapshot,
        },
        signal,
      )
      // A full page may have cut the answer off: the sessions on later pages are unknown.
      return page.items.length < PROBE_LIMIT ? page.items.map((s) => s.id) : null
    },
    staleTime: Infinity,
  })
}

const countOf = (total: number | undefined) => total ?? 0

function countPerBucket(
  buckets: readonly VersionSpan[],
  kinds: readonly ChangeKind[],
  snapshot: boolean,
  signal: AbortSignal,
): Promise<BucketCounts[]> {
  return Promise.all(
    buckets.map(async (bucket): Promise<BucketCounts> => {
      const counts = { limit: 0, totalCount: true, minChangeVersion: bucket.lo, maxChangeVersion: bucket.hi, snapshot }
      // /deletes and /keyChanges take a limit of 1 to 500 (ODS/API 7.3): one row, the same Total-Count.
      const changeCounts = { ...counts, limit: 1 }
      const [upsert, del, keyChange] = await Promise.all([
        kinds.includes('upsert') ? listSessions(counts, signal).then((p) => countOf(p.total)) : 0,
        kinds.includes('delete') ? listSessionDeletes(changeCounts, signal).then((p) => countOf(p.total)) : 0,
        kinds.includes('keyChange') ? listSessionKeyChanges(changeCounts, signal).then((p) => countOf(p.total)) : 0,
      ])
      return { ...bucket, upsert, delete: del, keyChange, sessionIds: [] }
    }),
  )
}

export const changeFeedQueries = {
  located: (params: {
    ids: readonly string[]
    window: VersionSpan
    schoolId?: number
    snapshot: boolean
    start?: ReadonlyMap<string, VersionSpan>
  }) =>
    queryOptions({
      queryKey: [
        ...sessionQueries.feed(),
        'located',
        { ...params, start: params.start ? Object.fromEntries(params.start) : undefined },
      ] as const,
      queryFn: ({ client }) => {
        // Started from the chart's buckets, the probes are the chart's (no school filter): cached.
        const schoolId = params.start ? undefined : params.schoolId
        const probe = async (lo: number, hi: number) => {
          const ids = await probeRange(client, { lo, hi, schoolId, snapshot: params.snapshot })
          return ids ? new Set(ids) : undefined
        }
        return locateChangeVersions(params.ids, params.window, probe, LOCATE_BUDGET, params.start)
      },
      staleTime: Infinity,
    }),

  volume: (params: { buckets: readonly VersionSpan[]; kinds: readonly ChangeKind[]; snapshot: boolean }) =>
    queryOptions({
      queryKey: [...sessionQueries.feed(), 'volume', params] as const,
      queryFn: async ({ client, signal }) => {
        const { buckets, kinds, snapshot } = params
        const first = buckets[0]
        const last = buckets.at(-1)
        if (!first || !last) return []
        const window = { minChangeVersion: first.lo, maxChangeVersion: last.hi, limit: PROBE_LIMIT, totalCount: false, snapshot }
        const [sessions, deletes, keyChanges] = await Promise.all([
          kinds.includes('upsert') ? listSessions(window, signal).then((p) => p.items) : [],
          kinds.includes('delete') ? listSessionDeletes(window, signal).then((p) => p.items) : [],
          kinds.includes('keyChange') ? listSessionKeyChanges(window, signal).then((p) => p.items) : [],
        ])
        const full = [sessions, deletes, keyChanges].some((items) => items.length >= PROBE_LIMIT)
        if (!full) {
          client.setQueryData(
            probeKey({ lo: first.lo, hi: last.hi, snapshot }),
            sessions.map((s) => s.id),
          )
          const probe = (lo: number, hi: number) => probeRange(client, { lo, hi, snapshot }).then((ids) => ids ?? undefined)
          const counted = await scanVolume(buckets, kinds, { sessions, deletes, keyChanges }, probe)
          if (counted) return counted
        }
        return countPerBucket(buckets, kinds, snapshot, signal)
      },
    }),
}
