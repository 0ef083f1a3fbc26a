import { dayNumber } from '../../lib/date-only.ts'
import { termKind, type TermFamily } from '../../lib/edfi/term-families.ts'
import type { OverviewSession } from './overview-types.ts'

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

export interface MonthAxis {
  first: number
  last: number
  months: { key: string; label: string; initial: string; left: number; width: number }[]
}

/** Whole months from the earliest begin to the latest end (school year Y: July Y-1 to June Y when empty). */
export function monthAxis(items: readonly { beginDate: string; endDate: string }[], schoolYear: number): MonthAxis {
  const begin = items.reduce((a, s) => (s.beginDate < a ? s.beginDate : a), `${schoolYear - 1}-07-01`)
  const end = items.reduce((a, s) => (s.endDate > a ? s.endDate : a), `${schoolYear}-06-30`)
  let year = Number(begin.slice(0, 4))
  let month = Number(begin.slice(5, 7))
  const first = dayNumber(`${begin.slice(0, 7)}-01`)
  const starts: { key: string; day: number; month: number; year: number }[] = []
  while (`${year}-${String(month).padStart(2, '0')}` <= end.slice(0, 7)) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    starts.push({ key, day: dayNumber(`${key}-01`), month, year })
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
  const last = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`) - 1
  const span = last - first + 1
  return {
    first,
    last,
    months: starts.map((m, i) => {
      const next = starts[i + 1]?.day ?? last + 1
      return {
        key: m.key,
        initial: SHORT_MONTHS[m.month - 1]!.slice(0, 1),
        label: m.month === 1 || i === 0 ? `${SHORT_MONTHS[m.month - 1]} ${m.year}` : SHORT_MONTHS[m.month - 1]!,
        left: ((m.day - first) / span) * 100,
        width: ((next - m.day) / span) * 100,
      }
    }),
  }
}

export function barPosition(axis: MonthAxis, beginDate: string, endDate: string): { left: number; width: number } {
  const span = axis.last - axis.first + 1
  const from = Math.max(axis.first, dayNumber(beginDate))
  const to = Math.min(axis.last, Math.max(from, dayNumber(endDate)))
  return { left: ((from - axis.first) / span) * 100, width: ((to - from + 1) / span) * 100 }
}

export type Lane = TermFamily | 'other'

export const LANE_ORDER: readonly Lane[] = ['semester', 'quarter', 'trimester', 'summer', 'other']

export const LANE_LABELS: Record<Lane, string> = {
  semester: 'Semesters',
  quarter: 'Quarters',
  trimester: 'Trimesters',
  summer: 'Summer',
  other: 'Other terms',
}

export function laneOf(term: string): Lane {
  return termKind(term)?.family ?? 'other'
}

export function lanesOf(sessions: readonly OverviewSession[]): [Lane, OverviewSession[]][] {
  return LANE_ORDER.map(
    (lane) =>
      [lane, sessions.filter((s) => laneOf(s.term) === lane).sort((a, b) => (a.beginDate < b.beginDate ? -1 : 1))] as [
        Lane,
        OverviewSession[],
      ],
  ).filter(([, list]) => list.length > 0)
}
