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

// Each row: term, grading period, first and last day (MM-DD), weekdays off. Months from August on
// fall in the calendar year before the school year's number.
const TERMS: Record<Kind, [term: string, gradingPeriod: string, first: string, last: string, holidays: number][]> = {
  semesters: [
    ['Fall Semester', 'First Semester', '08-20', '12-18', 4],
    ['Spring Semester', 'Second Semester', '01-05', '05-25', 5],
    ['Summer Semester', 'Summer Semester', '06-08', '07-24', 1],
  ],
  quarters: [
    ['First Quarter', 'First Nine Weeks', '08-20', '10-16', 1],
    ['Second Quarter', 'Second Nine Weeks', '10-19', '12-18', 3],
    ['Third Quarter', 'Third Nine Weeks', '01-05', '03-12', 1],
    ['Fourth Quarter', 'Fourth Nine Weeks', '03-15', '05-25', 4],
    ['Summer Semester', 'First Summer Session', '06-08', '07-10', 1],
  ],
  trimesters: [
    ['First Trimester', 'First Trimester', '08-20', '11-13', 2],
    ['Second Trimester', 'Second Trimester', '11-16', '02-26', 12],
    ['Third Trimester', 'Third Trimester', '03-01', '05-25', 4],
  ],
}

function plan(kind: Kind, y: number): { term: string; gp: string; span: Term }[] {
  const day = (monthDay: string) => {
    const [month, date] = monthDay.split('-').map(Number) as [number, number]
    return utc(month >= 8 ? y - 1 : y, month, date)
  }
  return TERMS[kind].map(([name, gp, first, last, holidays]) => ({ term: name, gp, span: term(day(first), day(last), holidays) }))
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
