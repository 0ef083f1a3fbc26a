import { formatDate, schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import type { CheckedSession, Finding, Rule } from './types.ts'

// Grading periods and academic weeks a session lists that lie outside its dates, or that belong
// to another school or year. References that could not be read are not judged.

interface Dated {
  beginDate: string
  endDate: string
}

const within = (inner: Dated, outer: Dated) => inner.beginDate >= outer.beginDate && inner.endDate <= outer.endDate

const span = (s: Dated) => `${formatDate(s.beginDate)} to ${formatDate(s.endDate)}`

const names = (items: string[]) => (items.length <= 3 ? items.join(', ') : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`)

export const gradingPeriodOutside: Rule = ({ sessions, gradingPeriodOf, schoolName }) => {
  const findings: Finding[] = []
  for (const s of sessions) {
    const foreign: string[] = []
    const outside: string[] = []
    for (const ref of s.gradingPeriods) {
      if (ref.schoolId !== s.schoolId || ref.schoolYear !== s.schoolYear) {
        foreign.push(`“${ref.name}” (${schoolName(ref.schoolId)}, ${schoolYearLabel(ref.schoolYear)})`)
        continue
      }
      const period = gradingPeriodOf(ref)
      if (period && !within(period, s)) outside.push(`“${period.name}” (${span(period)})`)
    }
    if (foreign.length)
      findings.push(
        foreignFinding(
          s,
          'grading-period-outside',
          `lists the grading period ${names(foreign)}, which belongs to another school or year`,
          'Remove it, or choose the grading period of this school and year.',
        ),
      )
    if (outside.length)
      findings.push(
        findingFor('grading-period-outside', 'warning', [s], {
          explanation: `${quoted(s)} (${span(s)}) lists the grading period ${names(outside)}, which lies outside the session's dates.`,
          suggestedFix: 'Remove that grading period from the session, or correct the session’s dates if they are the ones that are wrong.',
        }),
      )
  }
  return findings
}

export const weekOutside: Rule = ({ sessions, weekOf }) => {
  const findings: Finding[] = []
  for (const s of sessions) {
    const foreign: string[] = []
    const outside: string[] = []
    for (const ref of s.weeks) {
      if (ref.schoolId !== s.schoolId) {
        foreign.push(`“${ref.weekIdentifier}”`)
        continue
      }
      const week = weekOf(ref)
      if (week && !within(week, s)) outside.push(`“${week.weekIdentifier}” (${span(week)})`)
    }
    if (foreign.length)
      findings.push(
        foreignFinding(
          s,
          'week-outside',
          `lists the academic week ${names(foreign)} of another school`,
          'Remove it, or choose this school’s week.',
        ),
      )
    if (outside.length)
      findings.push(
        findingFor('week-outside', 'warning', [s], {
          explanation: `${quoted(s)} (${span(s)}) lists ${outside.length === 1 ? 'the academic week' : `${outside.length} academic weeks`} ${names(outside)} outside its dates.`,
          suggestedFix: 'Remove those weeks from the session, or correct its dates.',
        }),
      )
  }
  return findings
}

function foreignFinding(s: CheckedSession, rule: 'grading-period-outside' | 'week-outside', what: string, suggestedFix: string): Finding {
  const finding = findingFor(rule, 'error', [s], { explanation: `${quoted(s)} ${what}.`, suggestedFix })
  return { ...finding, key: `${finding.key}:foreign` }
}
