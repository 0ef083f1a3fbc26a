import { useQuery } from '@tanstack/react-query'
import { ApiError } from '../../lib/api-error.ts'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'

// What the dialog shows before anything starts: whether the server has a snapshot (and how far
// it reaches), and how many rows the chosen source holds (limit=0&totalCount=true).

export type SnapshotAvailability =
  | { state: 'checking' }
  /** newestChangeVersion is unknown on servers without change queries. */
  | { state: 'available'; newestChangeVersion?: number }
  | { state: 'none' }
  /** The check itself failed (not "no snapshot"): the export can still read live data. */
  | { state: 'unknown'; error: unknown }

export function useSnapshotAvailability(): SnapshotAvailability {
  const capabilities = useCapabilities()
  // 6.2 and API 8 ignore Use-Snapshot (a read would be live data); without change queries the
  // snapshot's extent cannot be read, but the snapshot itself can.
  const ask = capabilities === undefined || (capabilities.snapshot === 'available' && capabilities.changeQueries)
  const query = useQuery({ ...sessionQueries.availableChangeVersions(true), staleTime: 0, enabled: ask })
  if (capabilities && capabilities.snapshot !== 'available') return { state: 'none' }
  if (capabilities && !capabilities.changeQueries) return { state: 'available' }
  if (query.isPending) return { state: 'checking' }
  if (query.isError) {
    return query.error instanceof ApiError && query.error.kind === 'snapshot-unavailable' ? { state: 'none' } : { state: 'unknown', error: query.error }
  }
  return { state: 'available', newestChangeVersion: query.data.newestChangeVersion }
}

export function useExpectedRows(filters: SessionFilters, changeWindow: ChangeVersionWindow | undefined, snapshot: boolean, enabled: boolean) {
  return useQuery({ ...sessionQueries.list({ ...filters, ...changeWindow, snapshot, limit: 0, totalCount: true }), enabled, staleTime: 0 })
}
