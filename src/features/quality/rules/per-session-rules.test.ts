import { describe, expect, it } from 'vitest'
import { datesReversed } from './dates-reversed.ts'
import { daysDifferFromWeeks, daysOverWeekdays } from './instructional-days.ts'
import { outsideSchoolYear } from './outside-school-year.ts'
import { context, session } from './test-support.ts'
import { unknownTerm } from './unknown-term.ts'

describe('dates-reversed', () => {
  it('flags an end before the begin and offers the swapped dates', () => {
    const s = session({ beginDate: '2026-12-18', endDate: '2026-08-24' })
    const [finding] = datesReversed(context([s, session()]))
    expect(finding).toMatchObject({
      severity: 'error',
      sessions: [{ id: s.id }],
      prefill: { sessionId: s.id, values: { beginDate: '2026-08-24', endDate: '2026-12-18' } },
    })
    expect(datesReversed(context([session({ beginDate: '2026-08-24', endDate: '2026-08-24' })]))).toEqual([])
  })
})

describe('days-over-weekdays', () => {
  it('flags more days than weekdays and offers the weekday count', () => {
    // Jan 11 - Apr 30, 2027: 16 full weeks.
    const s = session({ label: 'Spring Semester', beginDate: '2027-01-11', endDate: '2027-04-30', days: 90 })
    const [finding] = daysOverWeekdays(context([s]))
    expect(finding).toMatchObject({ rule: 'days-over-weekdays', prefill: { values: { totalInstructionalDays: 80 } } })
    expect(finding!.explanation).toContain('only 80 weekdays')
  })

  it('counts a term ending on a Saturday as ending on the Friday', () => {
    const s = session({ beginDate: '2027-05-17', endDate: '2027-05-22', days: 5 })
    expect(daysOverWeekdays(context([s]))).toEqual([])
    expect(daysOverWeekdays(context([{ ...s, days: 6 }]))).toHaveLength(1)
  })

  it('accepts February 29 as a school day in a leap year', () => {
    const s = session({ schoolYear: 2028, beginDate: '2028-02-28', endDate: '2028-03-03', days: 5 })
    expect(daysOverWeekdays(context([s]))).toEqual([])
  })

  it('leaves reversed dates to their own rule', () => {
    expect(daysOverWeekdays(context([session({ beginDate: '2026-12-18', endDate: '2026-08-24', days: 80 })]))).toEqual([])
  })
})

describe('days-differ-from-weeks', () => {
  const weeks = [
    { schoolId: 255901001, weekIdentifier: 'W1', beginDate: '2026-08-31', endDate: '2026-09-04', days: 5 },
    // A week that straddles two months, with Labor Day off.
    { schoolId: 255901001, weekIdentifier: 'W2', beginDate: '2026-09-28', endDate: '2026-10-02', days: 4 },
  ]
  const refs = weeks.map((w) => ({ schoolId: w.schoolId, weekIdentifier: w.weekIdentifier }))

  it('compares the days with the sum of the weeks and offers the sum', () => {
    const s = session({ beginDate: '2026-08-31', endDate: '2026-10-02', days: 20, weeks: refs })
    const [finding] = daysDifferFromWeeks(context([s], { weeks }))
    expect(finding).toMatchObject({ severity: 'warning', prefill: { values: { totalInstructionalDays: 9 } } })
    expect(daysDifferFromWeeks(context([{ ...s, days: 9 }], { weeks }))).toEqual([])
  })

  it('does not judge a session without weeks, or whose weeks could not be read', () => {
    expect(daysDifferFromWeeks(context([session({ days: 3 })], { weeks }))).toEqual([])
    expect(
      daysDifferFromWeeks(context([session({ days: 3, weeks: [...refs, { schoolId: 255901001, weekIdentifier: 'W9' }] })], { weeks })),
    ).toEqual([])
  })
})

describe('outside-school-year', () => {
  it('allows summer terms at either end of the school year and flags dates beyond', () => {
    const ok = [session({ beginDate: '2026-06-08', endDate: '2026-07-24' }), session({ beginDate: '2027-06-07', endDate: '2027-08-31' })]
    expect(outsideSchoolYear(context(ok))).toEqual([])
    const late = session({ beginDate: '2027-08-23', endDate: '2027-12-17' })
    const [finding] = outsideSchoolYear(context([late]))
    expect(finding!.explanation).toContain('outside school year 2026-2027 (June 1, 2026 to August 31, 2027)')
  })
})

describe('unknown-term', () => {
  it('notes a term outside the standard list, also from a district namespace, but not MiniTerm or Other', () => {
    const custom = session({ term: 'uri://gbisd.org/TermDescriptor#Hexamester' })
    const found = unknownTerm(
      context([
        custom,
        session({ label: 'MiniTerm' }),
        session({ label: 'Other' }),
        session({ term: 'uri://gbisd.org/TermDescriptor#Fall Semester' }),
      ]),
    )
    expect(found.map((f) => f.sessions[0]!.id)).toEqual([custom.id])
    expect(found[0]).toMatchObject({ severity: 'note' })
  })
})
