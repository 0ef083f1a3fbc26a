import { useSchoolYears } from './lookup-hooks.ts'
import type { SchoolYearType } from './lookup-schemas.ts'

// The school year a steward means by "this year": the one the API marks currentSchoolYear, or,
// when none is marked, the one containing today (a school year ends in the summer of its number:
// 2027 runs from summer 2026 to summer 2027, so from July on it is next year's number).

export function schoolYearContaining(today: { year: number; month: number }): number {
  return today.month >= 7 ? today.year + 1 : today.year
}

export function localToday(): { year: number; month: number } {
  const now = new Date()
  return { year: now.getFullYear(), month: now.getMonth() + 1 }
}

export function currentSchoolYearOf(years: readonly SchoolYearType[] | undefined, today = localToday()): number {
  return years?.find((y) => y.currentSchoolYear)?.schoolYear ?? schoolYearContaining(today)
}

export function newestFirst(years: readonly SchoolYearType[]): SchoolYearType[] {
  return [...years].sort((a, b) => b.schoolYear - a.schoolYear)
}

export function useCurrentSchoolYear(snapshot: boolean): number | undefined {
  const years = useSchoolYears({ snapshot })
  if (years.isPending) return undefined
  return currentSchoolYearOf(years.data)
}
