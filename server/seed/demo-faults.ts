import { fridayOnOrBefore, mondayOnOrAfter, utc, weekdaysBetween } from './calendar.ts'
import type { CalendarSession } from './school-calendars.ts'
import { CURRENT_SCHOOL_YEAR } from './reference.ts'

// Mistakes a real district's data holds, planted in the current school year so that a fresh
// `npm start` shows the data-quality checks at work:
// - the High School's Spring Semester was entered ending April 30 (a typo for the end of May), and
//   its instructional days were not changed with it, so they exceed the weekdays it has;
// - the Middle School's summer term starts a week before its Fourth Quarter ends;
// - the Elementary's Third Trimester also lists the Second Trimester's grading period.

const HIGH_SCHOOL = 255901001
const MIDDLE_SCHOOL = 255901044
const ELEMENTARY = 255901107

type Fault = (session: CalendarSession, year: number) => CalendarSession

const FAULTS: Record<number, Record<string, Fault>> = {
  [HIGH_SCHOOL]: {
    'Spring Semester': (s, y) => ({ ...s, span: { ...s.span, end: fridayOnOrBefore(utc(y, 4, 30)) } }),
  },
  [MIDDLE_SCHOOL]: {
    'Summer Semester': (s, y) => {
      const begin = mondayOnOrAfter(utc(y, 5, 17))
      return { ...s, span: { begin, end: s.span.end, days: weekdaysBetween(begin, s.span.end) - 1 } }
    },
  },
  [ELEMENTARY]: {
    'Third Trimester': (s) => ({ ...s, gradingPeriods: [...s.gradingPeriods, 'Second Trimester'] }),
  },
}

export function withDemoFaults(schoolId: number, schoolYear: number, sessions: CalendarSession[]): CalendarSession[] {
  if (schoolYear !== CURRENT_SCHOOL_YEAR) return sessions
  const faults = FAULTS[schoolId] ?? {}
  return sessions.map((session) => faults[session.term]?.(session, schoolYear) ?? session)
}

export const EXTRA_GRADING_PERIOD_LINKS = 1
