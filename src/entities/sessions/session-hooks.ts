import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type * as Params from './session-params.ts'
import { sessionQueries } from './session-queries.ts'

export function useSessions(params: Params.SessionListParams) {
  return useQuery(sessionQueries.list(params))
}

export function useSessionsCursor(params: Params.SessionCursorParams) {
  return useInfiniteQuery(sessionQueries.cursor(params))
}

export function useSession(id: string, options: Params.SnapshotOption = {}) {
  return useQuery(sessionQueries.detail(id, options))
}

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
