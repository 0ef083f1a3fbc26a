import { useQuery } from '@tanstack/react-query'
import { ApiError } from '../../lib/api-error.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'

// What the dialog shows before anything starts: whether the server has a snapshot (and how far
// it reaches), and how many rows the chosen source holds (limit=0&totalCount=true).

export type SnapshotAvailability =
  | { state: 'checking' }
  | { state: 'available'; newestChangeVersion: number }
  | { state: 'none' }
  /** The check itself failed (not "no snapshot"): the export can still read live data. */
  | { state: 'unknown'; error: unknown }

export function useSnapshotAvailability(): SnapshotAvailability {
  const query = useQuery({ ...sessionQueries.availableChangeVersions(true), staleTime: 0 })
  if (query.isPending) return { state: 'checking' }
  if (query.isError) {
    return query.error instanceof ApiError && query.error.kind === 'snapshot-unavailable' ? { state: 'none' } : { state: 'unknown', error: query.error }
  }
  return { state: 'available', newestChangeVersion: query.data.newestChangeVersion }
}

export function useExpectedRows(filters: SessionFilters, changeWindow: ChangeVersionWindow | undefined, snapshot: boolean, enabled: boolean) {
  return useQuery({ ...sessionQueries.list({ ...filters, ...changeWindow, snapshot, limit: 0, totalCount: true }), enabled, staleTime: 0 })
}
