import { addDays, term, utc, type Term } from './calendar.ts'
import TERMS from './school-calendars.json' with { type: 'json' }

// Each Grand Bend school keeps its own calendar: the high schools run semesters, the middle school
// quarters, the elementary school trimesters; all have a summer session except the elementary.
// School year Y is the year in which it ends (2022 = 2021-2022), as in Ed-Fi.

export const DEMO_SCHOOL_YEARS = Array.from({ length: 12 }, (_, i) => 2016 + i) // 2015-2016 .. 2026-2027

export interface CalendarSession {
  term: string // TermDescriptor code value
  span: Term
  gradingPeriods: string[] // GradingPeriodDescriptor code values within the session
}

export interface SchoolCalendar {
  sessions: CalendarSession[]
  gradingPeriods: { descriptor: string; term: Term }[]
  weeks: Term[]
}

type Kind = 'semesters' | 'quarters' | 'trimesters'
const KIND_OF: Record<number, Kind> = { 255901044: 'quarters', 255901107: 'trimesters' }

// The terms of each kind of calendar (server/seed/school-calendars.json): first and last day as
// MM-DD, months from August on falling in the calendar year before the school year's number.
function plan(kind: Kind, y: number): { term: string; gp: string; span: Term }[] {
  const day = (monthDay: string) => {
    const [month, date] = monthDay.split('-').map(Number) as [number, number]
    return utc(month >= 8 ? y - 1 : y, month, date)
  }
  return TERMS[kind].map((t) => ({ term: t.term, gp: t.gradingPeriod, span: term(day(t.first), day(t.last), t.weekdaysOff) }))
}

export function academicCalendar(schoolId: number, schoolYear: number): SchoolCalendar {
  const entries = plan(KIND_OF[schoolId] ?? 'semesters', schoolYear)
  const weeks: Term[] = []
  const first = entries[0]!.span.begin
  const last = entries[entries.length - 1]!.span.end
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) weeks.push({ ...term(monday, addDays(monday, 4), 0), days: 0 })
  // A week's instructional days are its weekdays in a session less that session's holidays, spread
  // over its weeks; weeks of a break have none. So a session's days equal the sum of its weeks'.
  for (const { span } of entries) {
    const own = weeks.filter((w) => w.begin >= span.begin && w.end <= span.end)
    const holidays = own.length * 5 - span.days
    own.forEach((week, i) => {
      week.days = 5 - (Math.floor(((i + 1) * holidays) / own.length) - Math.floor((i * holidays) / own.length))
    })
  }
  return {
    sessions: entries.map((e) => ({ term: e.term, span: e.span, gradingPeriods: [e.gp] })),
    gradingPeriods: entries.map((e) => ({ descriptor: e.gp, term: e.span })),
    weeks,
  }
}
