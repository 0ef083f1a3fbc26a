import type { WholeSetProgress, WholeSetSource } from '../../entities/sessions/read-all-sessions.ts'
import { runCheckRequest, type CheckedSet } from './check-runner.ts'
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from './rules/types.ts'

export type { CheckedSet }

// Reads the whole filtered set with the export's reader (count, partitions, parallel cursors) and
// checks it, in the checks' worker (check-runner.ts); the calendars (schools, grading periods,
// weeks) are read alongside. Aborting the signal stops every request and the worker.

export interface CheckWholeSetOptions extends WholeSetSource {
  options?: CheckOptions
  onProgress?: (progress: WholeSetProgress) => void
  signal?: AbortSignal
}

export function checkWholeSet({
  options = DEFAULT_CHECK_OPTIONS,
  onProgress,
  signal,
  ...source
}: CheckWholeSetOptions): Promise<CheckedSet> {
  return runCheckRequest({ ...source, options }, onProgress, signal)
}
