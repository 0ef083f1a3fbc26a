import type { WholeSetProgress, WholeSetSource } from '../../entities/sessions/read-all-sessions.ts'
import { runCheckRequest, type CheckedSet } from './check-runner.ts'
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from './rules/types.ts'

export type { CheckedSet }

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
