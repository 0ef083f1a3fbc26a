import { FINDINGS_WEIGHT_PER_MESSAGE, type CheckReport, type ToChecker } from './check-protocol.ts'
import { calendarRowChecks, runGroupChecks, runRowChecks } from './rules/index.ts'
import { createSchoolYearGroups } from './rules/school-year-groups.ts'
import type { CheckCalendars, CheckedSession, Finding, SessionRef } from './rules/types.ts'
import { toCheckedRows } from './session-columns.ts'
import { byWeight, toWire } from './wire-findings.ts'

/**
 * Checks rows as the reader sends them: row rules at once, rules against the calendars once those are
 * in, the rules over whole schools and years at the end. `take` says whether the checks are done.
 */
export function createRowChecker(report: (message: CheckReport) => void) {
  const sessions: CheckedSession[] = []
  const groups = createSchoolYearGroups()
  const waitingForCalendars: CheckedSession[][] = []
  let calendars: CheckCalendars | undefined
  let checkAgainstCalendars: ((rows: readonly CheckedSession[]) => Finding[]) | undefined
  const rowOf = (session: SessionRef) => session.position!
  const sendFindings = (findings: Finding[]) => {
    for (const slice of byWeight(findings, FINDINGS_WEIGHT_PER_MESSAGE)) report({ type: 'findings', findings: toWire(slice, rowOf) })
  }

  return {
    take(message: ToChecker): boolean {
      if (message.type === 'calendars') {
        calendars = message.calendars
        checkAgainstCalendars = calendarRowChecks(calendars)
        for (const rows of waitingForCalendars.splice(0)) sendFindings(checkAgainstCalendars(rows))
      } else if (message.type === 'rows') {
        const rows = toCheckedRows(message.rows, sessions.length)
        for (const row of rows) sessions.push(row)
        groups.add(rows)
        const found = runRowChecks(rows)
        if (checkAgainstCalendars) found.push(...checkAgainstCalendars(rows))
        else waitingForCalendars.push(rows)
        // The page's rows are the checker's, in the same order: one message, rows then their findings.
        report({ type: 'rows', rows: { ...message.rows, links: [] }, findings: toWire(found, rowOf) })
      } else {
        if (!calendars) throw new Error('The calendars were not read before the end of the sessions.')
        sendFindings(runGroupChecks({ ...calendars, sessions }, groups))
        return true
      }
      return false
    },
  }
}
