import { useQuery } from '@tanstack/react-query'
import { ApiError } from '../../lib/api-error.ts'
import type { ChangeVersionWindow, SessionFilters } from '../sessions/api/session-params.ts'
import { sessionQueries } from '../sessions/api/session-queries.ts'

// What the dialog shows before anything starts: whether the server has a snapshot, whether live
// data has changed since (then live is the default), how old it is in words, and how many rows
// the chosen source holds (limit=0&totalCount=true).

export type SnapshotAvailability =
  | { state: 'checking' }
  | {
      state: 'available'
      newestChangeVersion: number
      /** Live data holds changes the snapshot does not. */
      behindLive: boolean
      /** When the newest session change in the snapshot was made (undefined if its newest change was a delete). */
      newestChangeAt: string | undefined
    }
  | { state: 'none' }
  /** The check itself failed (not "no snapshot"): the export can still read live data. */
  | { state: 'unknown'; error: unknown }

const AGE_LOOKBACK = 50

export function useSnapshotAvailability(): SnapshotAvailability {
  const snapshot = useQuery({ ...sessionQueries.availableChangeVersions(true), staleTime: 0 })
  const live = useQuery({ ...sessionQueries.availableChangeVersions(false), staleTime: 0 })
  const newest = snapshot.data?.newestChangeVersion
  // Ed-Fi has no "snapshot taken at": the newest session writes it holds date it (its last
  // changes may be deletes, which carry no time, so a few versions back are read).
  const newestRows = useQuery({
    ...sessionQueries.list({ minChangeVersion: Math.max(0, (newest ?? 0) - AGE_LOOKBACK), maxChangeVersion: newest, limit: 500, totalCount: false, snapshot: true }),
    enabled: newest !== undefined && newest > 0,
  })
  if (snapshot.isPending || live.isPending || (newestRows.isPending && newestRows.fetchStatus !== 'idle')) return { state: 'checking' }
  if (snapshot.isError) {
    return snapshot.error instanceof ApiError && snapshot.error.kind === 'snapshot-unavailable' ? { state: 'none' } : { state: 'unknown', error: snapshot.error }
  }
  return {
    state: 'available',
    newestChangeVersion: snapshot.data.newestChangeVersion,
    behindLive: live.data !== undefined && live.data.newestChangeVersion > snapshot.data.newestChangeVersion,
    newestChangeAt: (newestRows.data?.items ?? []).reduce<string | undefined>((latest, s) => (s._lastModifiedDate && (!latest || s._lastModifiedDate > latest) ? s._lastModifiedDate : latest), undefined),
  }
}

export function useExpectedRows(filters: SessionFilters, changeWindow: ChangeVersionWindow | undefined, snapshot: boolean, enabled: boolean) {
  return useQuery({ ...sessionQueries.list({ ...filters, ...changeWindow, snapshot, limit: 0, totalCount: true }), enabled, staleTime: 0 })
}
