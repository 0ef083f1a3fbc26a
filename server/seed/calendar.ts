// Date arithmetic for realistic school calendars, on date-only strings in UTC (never local time).

const DAY = 86_400_000

export const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
export const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day)
export const addDays = (ms: number, days: number) => ms + days * DAY

export function mondayOnOrAfter(ms: number): number {
  const weekday = new Date(ms).getUTCDay()
  return addDays(ms, (8 - weekday) % 7)
}

export function fridayOnOrBefore(ms: number): number {
  const weekday = new Date(ms).getUTCDay()
  return addDays(ms, -((weekday + 2) % 7))
}

export function weekdaysBetween(beginMs: number, endMs: number): number {
  let count = 0
  for (let ms = beginMs; ms <= endMs; ms = addDays(ms, 1)) {
    const weekday = new Date(ms).getUTCDay()
    if (weekday !== 0 && weekday !== 6) count += 1
  }
  return count
}

export interface Term {
  begin: number
  end: number
  days: number
}

export function term(begin: number, end: number, holidays: number): Term {
  const b = mondayOnOrAfter(begin)
  const e = fridayOnOrBefore(end)
  return { begin: b, end: e, days: Math.max(0, weekdaysBetween(b, e) - holidays) }
}
