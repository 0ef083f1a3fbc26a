import { describe, expect, it } from 'vitest'
import { summarizeSchools, worstSeverityOf } from './school-summary.ts'
import { barPosition, lanesOf, monthAxis } from './year-layout.ts'

const session = (id: string, term: string, beginDate: string, endDate: string, schoolId = 1, days = 10) => ({
  id,
  name: id,
  schoolId,
  term: `uri://ed-fi.org/TermDescriptor#${term}`,
  beginDate,
  endDate,
  days,
})

describe('month axis', () => {
  it('spans whole months from July to June at least, and further for summer terms', () => {
    const axis = monthAxis([session('s', 'Summer Semester', '2027-06-07', '2027-07-23')], 2027)
    expect(axis.months.map((m) => m.label)).toEqual([
      'Jul 2026',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      'Jan 2027',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
    ])
    expect(axis.months.reduce((sum, m) => sum + m.width, 0)).toBeCloseTo(100)
  })

  it('gives February 29 its own day in a leap year', () => {
    const axis = monthAxis([], 2028)
    const feb = axis.months.find((m) => m.key === '2028-02')!
    const mar = axis.months.find((m) => m.key === '2028-03')!
    expect(mar.left - feb.left).toBeCloseTo((29 / 366) * 100)
  })

  it('places a bar by its days and clips dates beyond the axis', () => {
    const axis = monthAxis([], 2027)
    const whole = barPosition(axis, '2026-07-01', '2027-06-30')
    expect(whole).toEqual({ left: 0, width: 100 })
    expect(barPosition(axis, '2026-01-01', '2026-07-01').width).toBeCloseTo(100 / 365)
  })
})

describe('lanes and school figures', () => {
  const data = {
    sessions: [
      session('spring', 'Spring Semester', '2027-01-11', '2027-05-21', 1, 90),
      session('fall', 'Fall Semester', '2026-08-24', '2026-12-18', 1, 80),
      session('summer', 'Summer Semester', '2027-06-07', '2027-07-23', 1, 30),
      session('odd', 'Hexamester', '2026-09-01', '2026-10-01', 2, 5),
    ],
    gradingPeriods: [],
    findings: [
      { key: 'a', severity: 'warning' as const, schoolId: 1, explanation: '', sessions: [{ id: 'spring' }] },
      { key: 'b', severity: 'error' as const, schoolId: 1, explanation: '', sessions: [{ id: 'spring' }] },
    ],
    schoolNames: { 1: 'High', 2: 'Annex' },
  }

  it('puts terms of a kind in one lane, by begin date; unknown terms in "other"', () => {
    expect(lanesOf(data.sessions).map(([lane, list]) => [lane, list.map((s) => s.id)])).toEqual([
      ['semester', ['fall', 'spring']],
      ['summer', ['summer']],
      ['other', ['odd']],
    ])
  })

  it('sums instructional days per kind of term and counts findings per school', () => {
    const [annex, high] = summarizeSchools(data)
    expect(annex!.name).toBe('Annex')
    expect(high!.daysByLane).toEqual([
      ['semester', 170],
      ['summer', 30],
    ])
    expect(high!.counts).toEqual({ error: 1, warning: 1, note: 0 })
    expect(worstSeverityOf('spring', data.findings)).toBe('error')
    expect(worstSeverityOf('fall', data.findings)).toBeUndefined()
  })
})
