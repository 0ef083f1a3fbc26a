import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { formatDateOnly, formatRelative } from './format-values.ts'

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

describe('date-only values', () => {
  // The zones where a Date at UTC midnight (or local midnight read as UTC) shows another day.
  it.each(['America/Los_Angeles', 'Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Tokyo', 'UTC'])(
    'show the very day the API sent, in %s',
    (zone) => {
      process.env.TZ = zone
      fc.assert(
        fc.property(
          fc.date({ min: new Date(Date.UTC(1991, 0, 1)), max: new Date(Date.UTC(2050, 11, 31)), noInvalidDate: true }),
          (date) => {
            const iso = date.toISOString().slice(0, 10)
            const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
            const text = formatDateOnly(iso)
            expect(text).toContain(String(year))
            expect(text).toContain(MONTHS[month - 1])
            expect(text).toMatch(new RegExp(`\\b${day}\\b`))
          },
        ),
        { numRuns: 200 },
      )
    },
  )

  it('the trap is real in this test run: a naive Date shows the day before in Los Angeles', () => {
    process.env.TZ = 'America/Los_Angeles'
    expect(new Date('2021-08-23').toLocaleDateString('en-US')).toBe('8/22/2021')
    expect(formatDateOnly('2021-08-23')).toBe('Aug 23, 2021')
  })

  it('the first and last days of a year stay in their year (the classic off-by-one)', () => {
    process.env.TZ = 'America/New_York'
    expect(formatDateOnly('2021-01-01')).toBe('Jan 1, 2021')
    expect(formatDateOnly('2021-12-31')).toBe('Dec 31, 2021')
  })

  it('leaves a value that is not a date-only string as the API sent it', () => {
    expect(formatDateOnly('2021-8-3')).toBe('2021-8-3')
  })
})

describe('last modified', () => {
  const now = Date.parse('2026-11-28T12:00:00Z')
  it('reads as a relative time in the largest unit that fits', () => {
    expect(formatRelative('2026-11-28T11:59:58Z', now)).toBe('now')
    expect(formatRelative('2026-11-28T11:15:00Z', now)).toBe('45 minutes ago')
    expect(formatRelative('2026-11-27T12:00:00Z', now)).toBe('yesterday')
    expect(formatRelative('2026-11-18T12:00:00Z', now)).toBe('last week')
    expect(formatRelative('2024-11-01T12:00:00Z', now)).toBe('2 years ago')
  })
})
