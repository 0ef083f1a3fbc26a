import { listSchools } from '../../entities/lookups/list-lookups.ts'
import { listEveryAcademicWeek, listGradingPeriodsOfYear } from '../../entities/lookups/list-school-calendars.ts'
import { readAllSessions } from '../../entities/sessions/read-all-sessions.ts'
import type { CheckReport, CheckRequest } from './check-protocol.ts'
import { createRowChecker, type ChecksInput } from './row-checker.ts'
import { toCheckedGradingPeriod, toCheckedSession, toCheckedWeek } from './to-checked.ts'

/** Reads the set and the calendars for the checker; the page hears of progress and calendars. */
export async function readForChecks(
  request: CheckRequest,
  checker: ChecksInput,
  report: (message: CheckReport) => void,
  signal?: AbortSignal,
): Promise<void> {
  const { options, ...source } = request
  const read = { snapshot: source.snapshot }
  const calendars = Promise.all([
    listSchools(read, signal),
    listGradingPeriodsOfYear(source.filters.schoolYear, read, signal),
    listEveryAcademicWeek(read, signal),
  ]).then(([schools, periods, weeks]) => {
    const schoolNames = Object.fromEntries(schools.map((s) => [s.schoolId, s.nameOfInstitution]))
    const gradingPeriods = periods.map(toCheckedGradingPeriod)
    report({ type: 'calendars', gradingPeriods, schoolNames })
    checker.calendars({ gradingPeriods, weeks: weeks.map(toCheckedWeek), schoolNames, options })
  })
  // If the sessions fail (or are stopped) first, this one's failure is not left unhandled.
  calendars.catch(() => undefined)

  let expectedSent = false
  await readAllSessions({
    ...source,
    signal,
    onProgress: (progress) => {
      if (expectedSent) return
      expectedSent = true
      report({ type: 'expected', expectedRows: progress.expectedRows })
    },
    // Read as the export reads them, then made checked rows: cheaper than a transform in the schema.
    onRows: (rows) => checker.rows(rows.map(toCheckedSession)),
  })
  await calendars
  checker.end()
}

/** Reading and checking in one thread: on a machine with few cores, and in jsdom (no Worker). */
export async function readAndCheckHere(request: CheckRequest, report: (message: CheckReport) => void, signal?: AbortSignal): Promise<void> {
  await readForChecks(request, createRowChecker(report), report, signal)
}
