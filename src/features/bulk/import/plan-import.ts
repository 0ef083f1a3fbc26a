import { readAllSessions } from '../../../entities/sessions/read-all-sessions.ts'
import type { SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import type { PlanRow } from '../plan/plan-types.ts'
import { buildImportRows } from './import-plan.ts'
import { parseInWorker } from './parse-in-worker.ts'

// A CSV file to plan rows: parsed and checked off the main thread, then matched to the sessions
// the server holds in the file's school years. A refused read throws its ApiError.

export type PlannedImport = { ok: true; rows: PlanRow[] } | { ok: false; message: string }

export const IMPORT_STEPS = {
  parsed: 'parse and check the file (worker)',
  read: 'read the existing sessions',
  matched: 'match the rows',
} as const

export interface PlanImportOptions {
  limits?: SessionFormLimits
  /** Rows parsed so far. */
  onProgress?: (rows: number) => void
  /** Called as each step ends (the bench times them). */
  onStep?: (step: (typeof IMPORT_STEPS)[keyof typeof IMPORT_STEPS]) => void
}

export async function planImport(file: File, options: PlanImportOptions = {}): Promise<PlannedImport> {
  const parsed = await parseInWorker(file, options.onProgress ?? (() => {}), options.limits)
  if (!parsed.ok) return parsed
  options.onStep?.(IMPORT_STEPS.parsed)
  const years = [...new Set(parsed.rows.flatMap((r) => (r.body ? [r.body.schoolYearTypeReference.schoolYear] : [])))]
  const existing = (await Promise.all(years.map((schoolYear) => readAllSessions({ filters: { schoolYear }, snapshot: false })))).flat()
  options.onStep?.(IMPORT_STEPS.read)
  const rows = buildImportRows(parsed.rows, existing)
  options.onStep?.(IMPORT_STEPS.matched)
  return { ok: true, rows }
}
