import { addDays, dayNumber, sameCalendarDay } from './iso-date.ts'

// School year Y is the year in which it ends (2027 = 2026-2027), as in Ed-Fi.

export interface NameRewrite {
  name: string
  rewritten: boolean
}

const SPAN = /(\d{4})(\s?[-–/]\s?)(\d{4}|\d{2})(?!\d)/g
const SINGLE = /(?<!\d)(\d{4})(?!\d)/g

export function rewriteYearInName(name: string, fromSchoolYear: number, toSchoolYear: number): NameRewrite {
  const shift = toSchoolYear - fromSchoolYear
  let rewritten = false
  const spans = name.replace(SPAN, (match, first: string, separator: string, second: string) => {
    const begin = Number(first)
    const end = second.length === 2 ? Math.floor(begin / 100) * 100 + Number(second) : Number(second)
    if (begin !== fromSchoolYear - 1 || (end !== fromSchoolYear && end % 100 !== fromSchoolYear % 100)) return match
    rewritten = true
    const nextEnd = String(end + shift)
    return `${begin + shift}${separator}${second.length === 2 ? nextEnd.slice(-2) : nextEnd}`
  })
  if (rewritten) return { name: spans, rewritten }
  const singles = name.replace(SINGLE, (match, year: string) => {
    const value = Number(year)
    if (value !== fromSchoolYear - 1 && value !== fromSchoolYear) return match
    rewritten = true
    return String(value + shift)
  })
  return { name: singles, rewritten }
}

/** 52 weeks (364 days) for one year, so the date keeps its weekday. */
export function weeksToSameDay(date: string, years: number): number {
  const days = dayNumber(sameCalendarDay(date, years)) - dayNumber(date)
  return Math.round(days / 7)
}

export interface MovedRange {
  beginDate: string
  endDate: string
  weeks: number
}

export function moveRangeByYears(beginDate: string, endDate: string, years: number): MovedRange {
  const weeks = weeksToSameDay(beginDate, years)
  return { beginDate: addDays(beginDate, weeks * 7), endDate: addDays(endDate, weeks * 7), weeks }
}
