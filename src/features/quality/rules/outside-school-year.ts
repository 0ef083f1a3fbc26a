import { formatDate, schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import type { Finding, Rule } from './types.ts'

/** June 1 of Y-1 to August 31 of Y (2027 = 2026-2027): room for summer terms at either end. */
export function schoolYearSpan(schoolYear: number): { first: string; last: string } {
  return { first: `${schoolYear - 1}-06-01`, last: `${schoolYear}-08-31` }
}

export const outsideSchoolYear: Rule = ({ sessions }) => {
  const findings: Finding[] = []
  for (const s of sessions) {
    const { first, last } = schoolYearSpan(s.schoolYear)
    if (s.beginDate >= first && s.endDate <= last) continue
    findings.push(
      findingFor('outside-school-year', 'error', [s], {
        explanation: `${quoted(s)} runs from ${formatDate(s.beginDate)} to ${formatDate(s.endDate)}, outside school year ${schoolYearLabel(s.schoolYear)} (${formatDate(first)} to ${formatDate(last)}).`,
        suggestedFix: 'Correct the dates, or move the session to the school year its dates belong to.',
      }),
    )
  }
  return findings
}
