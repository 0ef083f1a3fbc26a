import { describe, expect, it } from 'vitest'
import type { CheckReport, SessionSummary, ToChecker } from './check-protocol.ts'
import { createRowChecker, takeFromReader } from './row-checker.ts'
import { bySeverity, findingsInOrder, runChecks } from './rules/index.ts'
import { session } from './rules/test-support.ts'
import type { CheckCalendars, CheckedSession, Finding } from './rules/types.ts'
import { fromColumns, toCheckedRows, toColumns } from './session-columns.ts'
import { fromWire } from './wire-findings.ts'

// The checker is sent a set page by page as it is read (row rules at once, calendar rules once the
// calendars are in, group rules at the end); what the page rebuilds must be what one pass finds.

const calendars: CheckCalendars = {
  gradingPeriods: [
    { descriptor: 'First Six Weeks', name: 'GP1', schoolId: 255901001, schoolYear: 2027, beginDate: '2026-08-24', endDate: '2026-10-02' },
    { descriptor: 'Last Six Weeks', name: 'GP6', schoolId: 255901001, schoolYear: 2027, beginDate: '2027-04-19', endDate: '2027-06-04' },
  ],
  weeks: [{ schoolId: 255901001, weekIdentifier: 'W1', beginDate: '2026-08-24', endDate: '2026-08-28', days: 5 }],
  schoolNames: { 255901001: 'Grand Bend High School' },
  options: { gapWeeks: 3 },
}

const rows: CheckedSession[] = [
  session({ label: 'Fall Semester', days: 120, weeks: [{ schoolId: 255901001, weekIdentifier: 'W1' }] }),
  session({ label: 'Spring Semester', beginDate: '2027-03-01', endDate: '2027-05-14', days: 50 }),
  session({ label: 'Fall Semester', name: 'Fall 2026 (copy)', beginDate: '2026-09-01', endDate: '2026-08-20' }),
  session({ label: 'Summer Semester', beginDate: '2027-05-10', endDate: '2027-07-30', days: 40 }),
  session({ label: 'Homeroom', schoolId: 255901044 }),
  session({
    label: 'Fall Semester',
    schoolYear: 2031,
    gradingPeriods: [{ descriptor: 'First Six Weeks', name: 'GP1', schoolId: 255901001, schoolYear: 2027 }],
  }),
]

function pageByPage(pages: CheckedSession[][], calendarsAfterPage: number, acrossThreads = true) {
  const reports: CheckReport[] = []
  const checker = createRowChecker((message) => reports.push(structuredClone(message)))
  // As across threads: each message cloned on its way.
  const send = (message: ToChecker) =>
    acrossThreads || message.type !== 'rows' ? takeFromReader(checker, structuredClone(message)) : checker.rows(toCheckedRows(message.rows))
  pages.forEach((page, i) => {
    send({ type: 'rows', rows: toColumns(page) })
    if (i === calendarsAfterPage) send({ type: 'calendars', calendars })
  })
  send({ type: 'end' })
  // As the page files them: rows first, findings by severity as they come.
  const sessions: SessionSummary[] = []
  const found = findingsInOrder<Finding>()
  for (const report of reports) {
    if (report.type === 'rows') fromColumns(report.rows, sessions)
    if (report.type === 'rows' || report.type === 'findings') for (const f of fromWire(report.findings, sessions)) found.add(f)
  }
  return { sessions, findings: found.all() }
}

/** What a finding says, its sessions by id (the page's are its own rows, not the checker's). */
const said = (findings: Finding[]) => findings.map((f) => ({ ...f, sessions: f.sessions.map((s) => s.id) }))

describe('the checker, fed page by page', () => {
  it('finds what one pass over the whole set finds, in the same order, whenever the calendars arrive', () => {
    const whole = runChecks({ ...calendars, sessions: rows })
    expect(whole.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['dates-reversed', 'days-over-weekdays', 'overlapping-terms', 'days-differ-from-weeks', 'unknown-term']),
    )
    const pages = [rows.slice(0, 2), rows.slice(2, 3), rows.slice(3)]
    expect(said(pageByPage(pages, 0).findings)).toEqual(said(whole))
    expect(said(pageByPage(pages, 2).findings)).toEqual(said(whole))
    expect(said(pageByPage(pages, 1, false).findings)).toEqual(said(whole))
  })

  it('sends the page every row once, in the order read, without the calendar links', () => {
    const { sessions } = pageByPage([rows.slice(0, 4), rows.slice(4)], 1)
    expect(sessions).toEqual(rows.map(({ gradingPeriods: _g, weeks: _w, beginDay: _b, endDay: _e, ...summary }) => summary))
  })

  it('orders findings by severity, then in the order of the rules', () => {
    const severities = runChecks({ ...calendars, sessions: rows }).map((f) => f.severity)
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['error', 'warning', 'note'].indexOf(a) - ['error', 'warning', 'note'].indexOf(b)),
    )
    const errors = runChecks({ ...calendars, sessions: rows })
      .filter((f) => f.severity === 'error')
      .map((f) => f.rule)
    expect(errors.indexOf('dates-reversed')).toBeLessThan(errors.indexOf('days-over-weekdays'))
  })

  it('files findings as they arrive in the order a sort by severity gives', () => {
    const shuffled = [...runChecks({ ...calendars, sessions: rows })].reverse()
    const filed = findingsInOrder<Finding>()
    for (const f of shuffled) filed.add(f)
    expect(filed.all()).toEqual(bySeverity([...shuffled]))
  })
})
