import { FINDINGS_WEIGHT_PER_MESSAGE, type CheckReport, type ToChecker } from './check-protocol.ts'
import { calendarRowChecks, runGroupChecks, runRowChecks } from './rules/index.ts'
import { createSchoolYearGroups } from './rules/school-year-groups.ts'
import type { CheckCalendars, CheckedSession, Finding, SessionRef } from './rules/types.ts'
import { toCheckedRows, toColumns, type SessionColumns } from './session-columns.ts'
import { byWeight, toWire } from './wire-findings.ts'

/** Where the reader hands what it read: the checker itself, or a port to the checker's thread. */
export interface ChecksInput {
  calendars: (calendars: CheckCalendars) => void
  /** `columns`: the same rows as sent to the page, when the reader has them already. */
  rows: (rows: CheckedSession[], columns?: SessionColumns) => void
  end: () => void
}

/**
 * Checks rows as they are read: row rules at once, rules against the calendars once those are in,
 * the rules over whole schools and years at the end. The page is sent the rows with their findings.
 */
export function createRowChecker(report: (message: CheckReport) => void): ChecksInput {
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
    calendars(ready) {
      calendars = ready
      checkAgainstCalendars = calendarRowChecks(ready)
      for (const rows of waitingForCalendars.splice(0)) sendFindings(checkAgainstCalendars(rows))
    },
    rows(rows, columns) {
      for (const row of rows) {
        row.position = sessions.length
        sessions.push(row)
      }
      groups.add(rows)
      const found = runRowChecks(rows)
      if (checkAgainstCalendars) found.push(...checkAgainstCalendars(rows))
      else waitingForCalendars.push(rows)
      // The page's rows are the checker's, in the same order: one message, rows then their findings.
      report({ type: 'rows', rows: { ...(columns ?? toColumns(rows)), links: [] }, findings: toWire(found, rowOf) })
    },
    end() {
      if (!calendars) throw new Error('The calendars were not read before the end of the sessions.')
      sendFindings(runGroupChecks({ ...calendars, sessions }, groups))
    },
  }
}

/** The checker's side of a port from the reader. */
export function takeFromReader(checker: ChecksInput, message: ToChecker): void {
  if (message.type === 'calendars') checker.calendars(message.calendars)
  else if (message.type === 'rows') checker.rows(toCheckedRows(message.rows), message.rows)
  else checker.end()
}

/** The reader's side of a port to the checker. */
export function sendToChecker(port: MessagePort): ChecksInput {
  const send = (message: ToChecker) => port.postMessage(message)
  return {
    calendars: (calendars) => send({ type: 'calendars', calendars }),
    rows: (rows) => send({ type: 'rows', rows: toColumns(rows) }),
    end: () => send({ type: 'end' }),
  }
}
