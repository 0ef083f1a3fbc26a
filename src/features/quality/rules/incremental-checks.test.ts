import { describe, expect, it } from 'vitest'
import { bySeverity, calendarRowChecks, findingsInOrder, runChecks, runGroupChecks, runRowChecks } from './index.ts'
import { createSchoolYearGroups } from './school-year-groups.ts'
import { session } from './test-support.ts'
import type { CheckCalendars, CheckedSession, Finding } from './types.ts'

// The worker checks a set page by page as it arrives (row rules at once, calendar rules once the
// calendars are in, group rules after the last page); the findings must be those of one pass.

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

function pageByPage(pages: CheckedSession[][], calendarsAfterPage: number): Finding[] {
  const groups = createSchoolYearGroups()
  const found: Finding[] = []
  const waiting: CheckedSession[][] = []
  let againstCalendars: ((rows: readonly CheckedSession[]) => Finding[]) | undefined
  pages.forEach((page, i) => {
    groups.add(page)
    found.push(...runRowChecks(page))
    if (againstCalendars) found.push(...againstCalendars(page))
    else waiting.push(page)
    if (i === calendarsAfterPage) {
      againstCalendars = calendarRowChecks(calendars)
      for (const early of waiting) found.push(...againstCalendars(early))
    }
  })
  found.push(...runGroupChecks({ ...calendars, sessions: pages.flat() }, groups))
  return bySeverity(found)
}

describe('checking a set page by page', () => {
  it('finds what one pass over the whole set finds, in the same order, whenever the calendars arrive', () => {
    const whole = runChecks({ ...calendars, sessions: rows })
    expect(whole.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['dates-reversed', 'days-over-weekdays', 'overlapping-terms', 'days-differ-from-weeks', 'unknown-term']),
    )
    const pages = [rows.slice(0, 2), rows.slice(2, 3), rows.slice(3)]
    expect(pageByPage(pages, 0)).toEqual(whole)
    expect(pageByPage(pages, 2)).toEqual(whole)
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
