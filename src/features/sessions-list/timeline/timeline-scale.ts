// Days from the ISO parts with Date.UTC, so no time zone can move a session by a day.

const DAY_MS = 86_400_000

export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!) / DAY_MS
}

export interface TimelineSpan {
  first: number
  last: number
}

export function spanOf(sessions: readonly { beginDate: string; endDate: string }[]): TimelineSpan | undefined {
  if (sessions.length === 0) return undefined
  const begins = sessions.map((s) => dayNumber(s.beginDate))
  const ends = sessions.map((s) => dayNumber(s.endDate))
  const first = Math.min(...begins, ...ends)
  const last = Math.max(...begins, ...ends)
  return { first, last: last + 1 }
}

export function position(day: number, span: TimelineSpan): number {
  return span.last === span.first ? 0 : (day - span.first) / (span.last - span.first)
}

export function barOf(beginDate: string, endDate: string, span: TimelineSpan): { x: number; width: number } {
  const begin = dayNumber(beginDate)
  const end = Math.max(begin, dayNumber(endDate)) + 1
  return { x: position(begin, span), width: position(end, span) - position(begin, span) }
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' })

export function monthTicks(span: TimelineSpan, max = 12): { day: number; label: string }[] {
  const start = new Date(span.first * DAY_MS)
  const ticks: { day: number; label: string }[] = []
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1; ; m++) {
    if (m > 11) {
      y++
      m = 0
    }
    const day = Date.UTC(y, m, 1) / DAY_MS
    if (day >= span.last) break
    ticks.push({ day, label: monthFormat.format(day * DAY_MS) })
  }
  const step = Math.ceil(ticks.length / max)
  return ticks.filter((_, i) => i % step === 0)
}
