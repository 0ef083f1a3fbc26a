import { daysFromCivil } from '../../../lib/date-only.ts'

// Days from the civil date's parts (H. Hinnant's days-from-civil), never a Date at UTC midnight.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text)
  if (!m) return false
  const [, y, mo, d] = m.map(Number) as [number, number, number, number]
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

function parts(text: string): [number, number, number] {
  const m = ISO.exec(text)
  if (!m) throw new Error(`not a date: ${text}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/** Throws unless the text is YYYY-MM-DD. */
export function dayNumber(text: string): number {
  return daysFromCivil(...parts(text))
}

export function fromDayNumber(days: number): string {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function addDays(text: string, days: number): string {
  return fromDayNumber(dayNumber(text) + days)
}

export function weekdayIndex(text: string): number {
  return (((dayNumber(text) + 3) % 7) + 7) % 7
}

export function weekdaysBetween(begin: string, end: string): number {
  const first = dayNumber(begin)
  const last = dayNumber(end)
  if (last < first) return 0
  let count = 0
  for (let day = first; day <= last; day++) if ((((day + 3) % 7) + 7) % 7 < 5) count++
  return count
}

/** 29 February becomes 28 February in a common year. */
export function sameCalendarDay(text: string, years: number): string {
  const [y, m, d] = parts(text)
  const year = y + years
  const day = Math.min(d, daysInMonth(year, m))
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
