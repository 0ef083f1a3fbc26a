import { readAllSessions } from '../../../entities/sessions/read-all-sessions.ts'
import type { SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import type { PlanRow } from '../plan/plan-types.ts'
import { importMatcher } from './import-plan.ts'
import { parseInWorker } from './parse-in-worker.ts'

/** Rows matched per task: ~5 ms of work, so the page keeps answering while 10,000 rows are matched. */
const MATCH_SLICE = 1000
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

export type PlannedImport = { ok: true; rows: PlanRow[] } | { ok: false; message: string }

export const IMPORT_STEPS = {
  parsed: 'parse and check the file (worker)',
  read: 'read the existing sessions',
  matched: 'match the rows',
} as const

export interface PlanImportOptions {
  limits?: SessionFormLimits
  onProgress?: (rows: number) => void
  onStep?: (step: (typeof IMPORT_STEPS)[keyof typeof IMPORT_STEPS]) => void
}

export async function planImport(file: File, options: PlanImportOptions = {}): Promise<PlannedImport> {
  const parsed = await parseInWorker(file, options.onProgress ?? (() => {}), options.limits)
  if (!parsed.ok) return parsed
  options.onStep?.(IMPORT_STEPS.parsed)
  const years = [...new Set(parsed.rows.flatMap((r) => (r.body ? [r.body.schoolYearTypeReference.schoolYear] : [])))]
  const existing = (await Promise.all(years.map((schoolYear) => readAllSessions({ filters: { schoolYear }, snapshot: false })))).flat()
  options.onStep?.(IMPORT_STEPS.read)
  const match = importMatcher(existing)
  const rows: PlanRow[] = []
  for (let from = 0; from < parsed.rows.length; from += MATCH_SLICE) {
    if (from > 0) await nextTask()
    parsed.rows.slice(from, from + MATCH_SLICE).forEach((row, i) => rows.push(match(row, from + i)))
  }
  options.onStep?.(IMPORT_STEPS.matched)
  return { ok: true, rows }
}
