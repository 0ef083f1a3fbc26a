import { listSchools } from '../../entities/lookups/list-lookups.ts'
import { listEveryAcademicWeek, listGradingPeriodsOfYear } from '../../entities/lookups/list-school-calendars.ts'
import { readAllSessions } from '../../entities/sessions/read-all-sessions.ts'
import { FINDINGS_WEIGHT_PER_MESSAGE, type CheckReport, type CheckRequest } from './check-protocol.ts'
import { calendarRowChecks, runGroupChecks, runRowChecks } from './rules/index.ts'
import { createSchoolYearGroups } from './rules/school-year-groups.ts'
import type { CheckCalendars, CheckedSession, Finding, SessionRef } from './rules/types.ts'
import { toColumns } from './session-columns.ts'
import { checkedSessionSchema, toCheckedGradingPeriod, toCheckedWeek } from './to-checked.ts'
import { byWeight, toWire } from './wire-findings.ts'

export async function readAndCheck(request: CheckRequest, report: (message: CheckReport) => void, signal?: AbortSignal): Promise<void> {
  const { options, ...source } = request
  const read = { snapshot: source.snapshot }
  let rowsSent = 0
  const groups = createSchoolYearGroups()
  const rowOf = (session: SessionRef) => session.position!
  const sendFindings = (findings: Finding[]) => {
    for (const slice of byWeight(findings, FINDINGS_WEIGHT_PER_MESSAGE)) report({ type: 'findings', findings: toWire(slice, rowOf) })
  }
  let checkAgainstCalendars: ((rows: readonly CheckedSession[]) => Finding[]) | undefined
  const waitingForCalendars: (readonly CheckedSession[])[] = []
  const calendars = Promise.all([
    listSchools(read, signal),
    listGradingPeriodsOfYear(source.filters.schoolYear, read, signal),
    listEveryAcademicWeek(read, signal),
  ]).then(([schools, periods, weeks]): CheckCalendars => {
    const schoolNames = Object.fromEntries(schools.map((s) => [s.schoolId, s.nameOfInstitution]))
    const gradingPeriods = periods.map(toCheckedGradingPeriod)
    report({ type: 'calendars', gradingPeriods, schoolNames })
    const ready = { gradingPeriods, weeks: weeks.map(toCheckedWeek), schoolNames, options }
    checkAgainstCalendars = calendarRowChecks(ready)
    for (const rows of waitingForCalendars.splice(0)) sendFindings(checkAgainstCalendars(rows))
    return ready
  })
  // If the sessions fail (or are stopped) first, this one's failure is not left unhandled.
  calendars.catch(() => undefined)

  const sessions = await readAllSessions({
    ...source,
    schema: checkedSessionSchema,
    signal,
    onProgress: (progress) => report({ type: 'progress', progress }),
    onRows: (rows) => {
      for (const row of rows) row.position = rowsSent++
      groups.add(rows)
      const found = runRowChecks(rows)
      if (checkAgainstCalendars) found.push(...checkAgainstCalendars(rows))
      else waitingForCalendars.push(rows)
      // One message a page: its rows, then the findings about them (a few per row at most).
      report({ type: 'rows', rows: toColumns(rows), findings: toWire(found, rowOf) })
    },
  })
  sendFindings(runGroupChecks({ ...(await calendars), sessions }, groups))
}
