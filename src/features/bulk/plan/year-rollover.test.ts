import { describe, expect, it } from 'vitest'
import { addDays, dayNumber, fromDayNumber, weekdayIndex, weekdaysBetween } from './iso-date.ts'
import { moveRangeByYears, rewriteYearInName, weeksToSameDay } from './year-rollover.ts'

describe('rewriteYearInName', () => {
  it('moves a school-year span to the target year', () => {
    expect(rewriteYearInName('2025-2026 Fall Semester', 2026, 2027)).toEqual({ name: '2026-2027 Fall Semester', rewritten: true })
    expect(rewriteYearInName('Fall 2025-26', 2026, 2027).name).toBe('Fall 2026-27')
    expect(rewriteYearInName('2025/2026 Q1', 2026, 2028).name).toBe('2027/2028 Q1')
    expect(rewriteYearInName('2099-2100 Term', 2100, 2101).name).toBe('2100-2101 Term')
  })

  it('moves a lone year of the source school year when there is no span', () => {
    expect(rewriteYearInName('Spring 2026', 2026, 2027)).toEqual({ name: 'Spring 2027', rewritten: true })
  })

  it('keeps and flags names without the source year', () => {
    expect(rewriteYearInName('Fall Semester', 2026, 2027)).toEqual({ name: 'Fall Semester', rewritten: false })
    expect(rewriteYearInName('2019-2020 Fall Semester', 2026, 2027).rewritten).toBe(false)
    expect(rewriteYearInName('Room 12345', 2026, 2027).rewritten).toBe(false)
  })
})

describe('date-only arithmetic', () => {
  it('round-trips day numbers across leap days and centuries', () => {
    for (const date of ['1970-01-01', '2000-02-29', '2024-02-29', '2100-03-01', '2027-12-31'])
      expect(fromDayNumber(dayNumber(date))).toBe(date)
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01')
  })

  it('knows weekdays and counts Monday to Friday', () => {
    expect(weekdayIndex('2026-08-20')).toBe(3) // a Thursday
    expect(weekdaysBetween('2026-08-17', '2026-08-23')).toBe(5)
    expect(weekdaysBetween('2026-08-23', '2026-08-17')).toBe(0)
  })
})

describe('moving dates by whole weeks', () => {
  it('moves one year by 52 weeks, keeping the weekday, nearest the same calendar day', () => {
    const moved = moveRangeByYears('2026-08-20', '2026-12-18', 1)
    expect(moved).toEqual({ beginDate: '2027-08-19', endDate: '2027-12-17', weeks: 52 })
    expect(weekdayIndex(moved.beginDate)).toBe(weekdayIndex('2026-08-20'))
  })

  it('handles a leap day: 29 February moves to the Thursday nearest 28 February', () => {
    expect(moveRangeByYears('2024-02-29', '2024-03-08', 1)).toEqual({ beginDate: '2025-02-27', endDate: '2025-03-07', weeks: 52 })
    // Into a leap year: 366 days away is still nearest 52 weeks (2 days early, not 5 late).
    expect(weeksToSameDay('2027-08-20', 1)).toBe(52)
    expect(weeksToSameDay('2023-03-01', 1)).toBe(52)
  })

  it('crosses a 53-week ISO year (2026 has 53 weeks) without losing the weekday', () => {
    const moved = moveRangeByYears('2026-12-28', '2027-01-08', 1)
    expect(weekdayIndex(moved.beginDate)).toBe(0)
    expect(moved.beginDate).toBe('2027-12-27')
  })

  it('drifts back within a week after several years', () => {
    const moved = moveRangeByYears('2026-08-20', '2026-08-21', 6)
    expect(Math.abs(dayNumber(moved.beginDate) - dayNumber('2032-08-20'))).toBeLessThanOrEqual(3)
    expect(weekdayIndex(moved.beginDate)).toBe(3)
  })
})
