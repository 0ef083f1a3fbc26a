import { dayNumber } from '../../lib/date-only.ts'
import type { AcademicWeek, GradingPeriod } from '../../entities/lookups/lookup-schemas.ts'
import type { Session } from '../../entities/sessions/session-schema.ts'
import type { CheckedGradingPeriod, CheckedSession, CheckedWeek } from './rules/types.ts'

// A district has a handful of terms, each repeated on thousands of rows: one shared string per term
// makes every later lookup by term (families, labels, patterns) a lookup of the same key.
const sharedTerms = new Map<string, string>()
const sharedTerm = (term: string) => {
  const shared = sharedTerms.get(term)
  if (shared !== undefined) return shared
  sharedTerms.set(term, term)
  return term
}

// Most rows list no grading periods or weeks: one shared empty list rather than two new ones a row.
const NO_LINKS: readonly never[] = Object.freeze([])

export function toCheckedSession(s: Session): CheckedSession {
  return {
    id: s.id,
    name: s.sessionName,
    schoolId: s.schoolReference.schoolId,
    schoolYear: s.schoolYearTypeReference.schoolYear,
    term: sharedTerm(s.termDescriptor),
    beginDate: s.beginDate,
    endDate: s.endDate,
    beginDay: dayNumber(s.beginDate),
    endDay: dayNumber(s.endDate),
    days: s.totalInstructionalDays,
    gradingPeriods: s.gradingPeriods?.length
      ? s.gradingPeriods.map(({ gradingPeriodReference: r }) => ({
          descriptor: r.gradingPeriodDescriptor,
          name: r.gradingPeriodName,
          schoolId: r.schoolId,
          schoolYear: r.schoolYear,
        }))
      : NO_LINKS,
    weeks: s.academicWeeks?.length
      ? s.academicWeeks.map(({ academicWeekReference: r }) => ({ schoolId: r.schoolId, weekIdentifier: r.weekIdentifier }))
      : NO_LINKS,
    // Set by the reader; present from the start, so no row changes shape when it is numbered.
    position: -1,
  }
}

export function toCheckedGradingPeriod(p: GradingPeriod): CheckedGradingPeriod {
  return {
    descriptor: p.gradingPeriodDescriptor,
    name: p.gradingPeriodName,
    schoolId: p.schoolReference.schoolId,
    schoolYear: p.schoolYearTypeReference.schoolYear,
    beginDate: p.beginDate,
    endDate: p.endDate,
  }
}

export function toCheckedWeek(w: AcademicWeek): CheckedWeek {
  return {
    schoolId: w.schoolReference.schoolId,
    weekIdentifier: w.weekIdentifier,
    beginDate: w.beginDate,
    endDate: w.endDate,
    days: w.totalInstructionalDays,
  }
}
