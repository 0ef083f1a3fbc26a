import { describe, expect, it } from 'vitest'
import { barOf, dayNumber, monthTicks, spanOf } from './timeline-scale.ts'

describe('timeline scale', () => {
  const fall = { beginDate: '2026-08-24', endDate: '2026-12-18' }
  const spring = { beginDate: '2027-01-04', endDate: '2027-05-21' }

  it('counts whole days from the date parts (no time zone shift)', () => {
    expect(dayNumber('2026-08-25') - dayNumber('2026-08-24')).toBe(1)
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1)
  })

  it('spans from the earliest begin to the end of the latest end', () => {
    const span = spanOf([spring, fall])!
    expect(span.first).toBe(dayNumber('2026-08-24'))
    expect(span.last).toBe(dayNumber('2027-05-22'))
    expect(spanOf([])).toBeUndefined()
  })

  it('places bars in order without overlap for consecutive terms, the last one ending at the right edge', () => {
    const span = spanOf([fall, spring])!
    const a = barOf(fall.beginDate, fall.endDate, span)
    const b = barOf(spring.beginDate, spring.endDate, span)
    expect(a.x).toBe(0)
    expect(a.x + a.width).toBeLessThan(b.x)
    expect(b.x + b.width).toBeCloseTo(1)
  })

  it('an end before the begin still draws a one-day bar at the begin', () => {
    const span = spanOf([fall])!
    expect(barOf('2026-09-01', '2026-08-30', span).width).toBeCloseTo(1 / (span.last - span.first))
  })

  it('ticks on the first of each month, thinned to a maximum', () => {
    const span = spanOf([fall, spring])!
    expect(monthTicks(span).map((t) => t.label)).toEqual([
      'Sep 26',
      'Oct 26',
      'Nov 26',
      'Dec 26',
      'Jan 27',
      'Feb 27',
      'Mar 27',
      'Apr 27',
      'May 27',
    ])
    expect(monthTicks(span, 3)).toHaveLength(3)
  })
})
