import { addDays, term, utc, type Term } from './calendar.ts'

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

function plan(kind: Kind, y: number): { term: string; gp: string; span: Term }[] {
  const fall = y - 1
  switch (kind) {
    case 'semesters':
      return [
        { term: 'Fall Semester', gp: 'First Semester', span: term(utc(fall, 8, 20), utc(fall, 12, 18), 4) },
        { term: 'Spring Semester', gp: 'Second Semester', span: term(utc(y, 1, 5), utc(y, 5, 25), 5) },
        { term: 'Summer Semester', gp: 'Summer Semester', span: term(utc(y, 6, 8), utc(y, 7, 24), 1) },
      ]
    case 'quarters':
      return [
        { term: 'First Quarter', gp: 'First Nine Weeks', span: term(utc(fall, 8, 20), utc(fall, 10, 16), 1) },
        { term: 'Second Quarter', gp: 'Second Nine Weeks', span: term(utc(fall, 10, 19), utc(fall, 12, 18), 3) },
        { term: 'Third Quarter', gp: 'Third Nine Weeks', span: term(utc(y, 1, 5), utc(y, 3, 12), 1) },
        { term: 'Fourth Quarter', gp: 'Fourth Nine Weeks', span: term(utc(y, 3, 15), utc(y, 5, 25), 4) },
        { term: 'Summer Semester', gp: 'First Summer Session', span: term(utc(y, 6, 8), utc(y, 7, 10), 1) },
      ]
    case 'trimesters':
      return [
        { term: 'First Trimester', gp: 'First Trimester', span: term(utc(fall, 8, 20), utc(fall, 11, 13), 2) },
        { term: 'Second Trimester', gp: 'Second Trimester', span: term(utc(fall, 11, 16), utc(y, 2, 26), 12) },
        { term: 'Third Trimester', gp: 'Third Trimester', span: term(utc(y, 3, 1), utc(y, 5, 25), 4) },
      ]
  }
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
