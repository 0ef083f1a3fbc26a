import { listSchools } from '../../entities/lookups/list-lookups.ts'
import { listEveryAcademicWeek, listGradingPeriodsOfYear } from '../../entities/lookups/list-school-calendars.ts'
import { readAllSessions, type WholeSetProgress, type WholeSetSource } from '../../entities/sessions/read-all-sessions.ts'
import { createCheckRunner } from './check-runner.ts'
import { DEFAULT_CHECK_OPTIONS, type CheckedGradingPeriod, type CheckedSession, type CheckOptions, type Finding } from './rules/types.ts'
import { toCheckedGradingPeriod, toCheckedSession, toCheckedWeek } from './to-checked.ts'

// Reads the whole filtered set with the export's reader (count, partitions, parallel cursors),
// hands each page to the checks as it arrives, and reads the calendars (schools, grading periods,
// weeks) alongside. Aborting the signal stops every request and the worker.

export interface CheckedSet {
  sessions: CheckedSession[]
  gradingPeriods: CheckedGradingPeriod[]
  findings: Finding[]
  schoolNames: Record<number, string>
}

export interface CheckWholeSetOptions extends WholeSetSource {
  options?: CheckOptions
  onProgress?: (progress: WholeSetProgress) => void
  signal?: AbortSignal
}

export async function checkWholeSet({
  options = DEFAULT_CHECK_OPTIONS,
  onProgress,
  signal,
  ...source
}: CheckWholeSetOptions): Promise<CheckedSet> {
  const read = { snapshot: source.snapshot }
  const runner = createCheckRunner()
  const stop = () => runner.dispose()
  signal?.addEventListener('abort', stop, { once: true })
  try {
    const calendars = Promise.all([
      listSchools(read, signal),
      listGradingPeriodsOfYear(source.filters.schoolYear, read, signal),
      listEveryAcademicWeek(read, signal),
    ])
    // If the sessions fail (or are stopped) first, this one's failure is not left unhandled.
    calendars.catch(() => undefined)
    const sessions: CheckedSession[] = []
    await readAllSessions({
      ...source,
      signal,
      onProgress,
      onRows: (rows) => {
        const checked = rows.map(toCheckedSession)
        for (const row of checked) sessions.push(row)
        runner.addRows(checked)
      },
    })
    const [schools, periods, weeks] = await calendars
    const schoolNames = Object.fromEntries(schools.map((s) => [s.schoolId, s.nameOfInstitution]))
    const gradingPeriods = periods.map(toCheckedGradingPeriod)
    const findings = await runner.finish({ gradingPeriods, weeks: weeks.map(toCheckedWeek), schoolNames, options })
    return { sessions, gradingPeriods, findings, schoolNames }
  } finally {
    signal?.removeEventListener('abort', stop)
    runner.dispose()
  }
}
