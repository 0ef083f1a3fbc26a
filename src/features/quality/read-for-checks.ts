import { listSchools } from '../../entities/lookups/list-lookups.ts'
import { listEveryAcademicWeek, listGradingPeriodsOfYear } from '../../entities/lookups/list-school-calendars.ts'
import { readAllSessions } from '../../entities/sessions/read-all-sessions.ts'
import type { CheckReport, CheckRequest, ToChecker } from './check-protocol.ts'
import { toColumns } from './session-columns.ts'
import { checkedSessionSchema, toCheckedGradingPeriod, toCheckedWeek } from './to-checked.ts'

/** Reads the set and the calendars for the checker; the page hears of progress and calendars. */
export async function readForChecks(
  request: CheckRequest,
  toChecker: (message: ToChecker) => void,
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
    toChecker({ type: 'calendars', calendars: { gradingPeriods, weeks: weeks.map(toCheckedWeek), schoolNames, options } })
  })
  // If the sessions fail (or are stopped) first, this one's failure is not left unhandled.
  calendars.catch(() => undefined)

  await readAllSessions({
    ...source,
    schema: checkedSessionSchema,
    signal,
    onProgress: (progress) => report({ type: 'progress', progress }),
    onRows: (rows) => toChecker({ type: 'rows', rows: toColumns(rows) }),
  })
  await calendars
  toChecker({ type: 'end' })
}
