import { describe, expect, it } from 'vitest'
import { currentSchoolYearOf, newestFirst, schoolYearContaining } from './current-school-year.ts'

const year = (schoolYear: number, currentSchoolYear = false) => ({
  id: String(schoolYear),
  schoolYear,
  currentSchoolYear,
  schoolYearDescription: `${schoolYear - 1}-${schoolYear}`,
})

describe('current school year', () => {
  it('is the year the API marks current', () => {
    expect(currentSchoolYearOf([year(2026), year(2027, true), year(2028)], { year: 2030, month: 1 })).toBe(2027)
  })

  it('falls back to the year containing today: from July on, next year', () => {
    expect(currentSchoolYearOf([year(2026)], { year: 2026, month: 12 })).toBe(2027)
    expect(schoolYearContaining({ year: 2027, month: 6 })).toBe(2027)
    expect(schoolYearContaining({ year: 2027, month: 7 })).toBe(2028)
    expect(currentSchoolYearOf(undefined, { year: 2026, month: 3 })).toBe(2026)
  })

  it('lists years newest first', () => {
    expect(newestFirst([year(2016), year(2027), year(2020)]).map((y) => y.schoolYear)).toEqual([2027, 2020, 2016])
  })
})
