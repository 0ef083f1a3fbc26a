import { useQuery } from '@tanstack/react-query'
import { ApiError } from '../../lib/api-error.ts'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'

export type SnapshotAvailability =
  | { state: 'checking' }
  | {
      state: 'available'
      newestChangeVersion?: number
      behindLive: boolean | undefined
      newestChangeAt: string | undefined
    }
  | { state: 'none' }
  | { state: 'unknown'; error: unknown }

const AGE_LOOKBACK = 50

export function useSnapshotAvailability(): SnapshotAvailability {
  const capabilities = useCapabilities()
  // 6.2 and API 8 ignore Use-Snapshot (a read would be live data); without change queries the
  // snapshot's extent cannot be read, but the snapshot itself can.
  const ask = capabilities === undefined || (capabilities.snapshot === 'available' && capabilities.changeQueries)
  const snapshot = useQuery({ ...sessionQueries.availableChangeVersions(true), staleTime: 0, enabled: ask })
  const live = useQuery({ ...sessionQueries.availableChangeVersions(false), staleTime: 0, enabled: ask })
  const newest = snapshot.data?.newestChangeVersion
  // Ed-Fi has no "snapshot taken at": the newest session writes it holds date it (its last
  // changes may be deletes, which carry no time, so a few versions back are read).
  const newestRows = useQuery({
    ...sessionQueries.list({
      minChangeVersion: Math.max(0, (newest ?? 0) - AGE_LOOKBACK),
      maxChangeVersion: newest,
      limit: 500,
      totalCount: false,
      snapshot: true,
    }),
    enabled: ask && newest !== undefined && newest > 0,
  })
  if (capabilities && capabilities.snapshot !== 'available') return { state: 'none' }
  if (capabilities && !capabilities.changeQueries) return { state: 'available', behindLive: undefined, newestChangeAt: undefined }
  if (snapshot.isPending || live.isPending || (newestRows.isPending && newestRows.fetchStatus !== 'idle')) return { state: 'checking' }
  if (snapshot.isError) {
    return snapshot.error instanceof ApiError && snapshot.error.kind === 'snapshot-unavailable'
      ? { state: 'none' }
      : { state: 'unknown', error: snapshot.error }
  }
  const newestChangeAt = (newestRows.data?.items ?? []).reduce<string | undefined>(
    (latest, s) => (s._lastModifiedDate && (!latest || s._lastModifiedDate > latest) ? s._lastModifiedDate : latest),
    undefined,
  )
  return {
    state: 'available',
    newestChangeVersion: snapshot.data.newestChangeVersion,
    behindLive: live.data !== undefined && live.data.newestChangeVersion > snapshot.data.newestChangeVersion,
    newestChangeAt,
  }
}

export function useExpectedRows(
  filters: SessionFilters,
  changeWindow: ChangeVersionWindow | undefined,
  snapshot: boolean,
  enabled: boolean,
) {
  return useQuery({ ...sessionQueries.list({ ...filters, ...changeWindow, snapshot, limit: 0, totalCount: true }), enabled, staleTime: 0 })
}
