import { formatDate, schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import type { Rule } from './types.ts'

/** June 1 of Y-1 to August 31 of Y (2027 = 2026-2027): room for summer terms at either end. */
export function schoolYearSpan(schoolYear: number): { first: string; last: string } {
  return { first: `${schoolYear - 1}-06-01`, last: `${schoolYear}-08-31` }
}

export const outsideSchoolYear: Rule = ({ sessions }) =>
  sessions
    .filter((s) => {
      const span = schoolYearSpan(s.schoolYear)
      return s.beginDate < span.first || s.endDate > span.last
    })
    .map((s) => {
      const span = schoolYearSpan(s.schoolYear)
      return findingFor('outside-school-year', 'error', [s], {
        explanation: `${quoted(s)} runs from ${formatDate(s.beginDate)} to ${formatDate(s.endDate)}, outside school year ${schoolYearLabel(s.schoolYear)} (${formatDate(span.first)} to ${formatDate(span.last)}).`,
        suggestedFix: 'Correct the dates, or move the session to the school year its dates belong to.',
      })
    })
