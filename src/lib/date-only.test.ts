import { describe, expect, it } from 'vitest'
import { dayNumber, dayNumberByDate, formatDate, isoOfDay, weekdayOf, weekdaysBetween } from './date-only.ts'

describe('date-only arithmetic', () => {
  it('counts weekdays with both ends included', () => {
    expect(weekdaysBetween('2026-08-24', '2026-08-28')).toBe(5) // Monday to Friday
    expect(weekdaysBetween('2026-08-24', '2026-08-24')).toBe(1)
    expect(weekdaysBetween('2026-08-29', '2026-08-30')).toBe(0) // a weekend
    expect(weekdaysBetween('2026-08-28', '2026-08-24')).toBe(0) // reversed
  })

  it('counts February 29 in a leap year and not in other years', () => {
    expect(weekdaysBetween('2028-02-28', '2028-03-01')).toBe(3) // Mon 28, Tue 29, Wed 1
    expect(weekdaysBetween('2027-02-26', '2027-03-01')).toBe(2) // Fri 26, Mon 1
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2)
  })

  it('knows the weekday of a date and formats it in words, never shifted by a time zone', () => {
    expect(weekdayOf(dayNumber('2027-05-22'))).toBe(6) // Saturday
    expect(isoOfDay(dayNumber('2026-12-31') + 1)).toBe('2027-01-01')
    expect(formatDate('2027-04-30')).toBe('April 30, 2027')
  })

  it('counts days by arithmetic exactly as the calendar does, from 1900 to 2100 and past the ends of months', () => {
    for (let day = dayNumberByDate('1900-01-01'); day <= dayNumberByDate('2100-12-31'); day++) {
      const iso = isoOfDay(day)
      if (dayNumber(iso) !== day) expect(dayNumber(iso), iso).toBe(day)
    }
    for (const odd of ['2027-02-30', '2027-01-00', '2027-13-01', '0050-01-01', '2027-1-01', 'not a date'])
      expect(dayNumber(odd), odd).toStrictEqual(dayNumberByDate(odd))
  })
})
