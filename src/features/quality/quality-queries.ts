import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { WholeSetProgress } from '../../entities/sessions/read-all-sessions.ts'
import { onSessionSaved } from '../../entities/sessions/save-events.ts'
import type { SessionFilters } from '../../entities/sessions/session-params.ts'
import { checkWholeSet } from './check-whole-set.ts'
import type { CheckOptions } from './rules/types.ts'

// Any save marks every report stale, so a fixed finding disappears the next time a report is shown.

export interface ReportParams {
  filters: SessionFilters
  snapshot: boolean
  options: CheckOptions
}

type ProgressListener = (progress: WholeSetProgress) => void
const progressListeners = new Map<string, ProgressListener>()
const keyText = (params: ReportParams) => JSON.stringify(params)

export const qualityQueries = {
  all: () => ['quality'] as const,
  report: (params: ReportParams) =>
    queryOptions({
      queryKey: [...qualityQueries.all(), 'report', params] as const,
      queryFn: ({ signal }) => checkWholeSet({ ...params, signal, onProgress: (p) => progressListeners.get(keyText(params))?.(p) }),
      staleTime: 5 * 60_000,
      retry: false,
      refetchOnWindowFocus: false,
      // Every run builds a whole new report: comparing 100,000 rows with the last run's would be one long task.
      structuralSharing: false,
    }),
}

export function listenToProgress(params: ReportParams, listener: ProgressListener): () => void {
  const key = keyText(params)
  progressListeners.set(key, listener)
  return () => {
    if (progressListeners.get(key) === listener) progressListeners.delete(key)
  }
}

let watching: QueryClient | undefined

export function watchSaves(client: QueryClient): void {
  if (watching === client) return
  watching = client
  onSessionSaved(() => void client.invalidateQueries({ queryKey: qualityQueries.all() }))
}
