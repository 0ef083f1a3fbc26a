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

/** A session's references sorted into those of another school (or year) and those outside its dates, each as words. */
function sortLinks<Ref, Item extends Dated>(
  s: CheckedSession,
  refs: readonly Ref[],
  check: { foreign: (ref: Ref) => string | undefined; read: (ref: Ref) => Item | undefined; describe: (item: Item) => string },
) {
  const foreign: string[] = []
  const outside: string[] = []
  for (const ref of refs) {
    const other = check.foreign(ref)
    if (other !== undefined) {
      foreign.push(other)
      continue
    }
    const item = check.read(ref)
    if (item && !within(item, s)) outside.push(`${check.describe(item)} (${span(item)})`)
  }
  return { foreign, outside }
}

export const gradingPeriodOutside: Rule = ({ sessions, gradingPeriodOf, schoolName }) => {
  const findings: Finding[] = []
  for (const s of sessions) {
    const { foreign, outside } = sortLinks(s, s.gradingPeriods, {
      foreign: (ref) =>
        ref.schoolId !== s.schoolId || ref.schoolYear !== s.schoolYear
          ? `“${ref.name}” (${schoolName(ref.schoolId)}, ${schoolYearLabel(ref.schoolYear)})`
          : undefined,
      read: gradingPeriodOf,
      describe: (period) => `“${period.name}”`,
    })
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
    const { foreign, outside } = sortLinks(s, s.weeks, {
      foreign: (ref) => (ref.schoolId !== s.schoolId ? `“${ref.weekIdentifier}”` : undefined),
      read: weekOf,
      describe: (week) => `“${week.weekIdentifier}”`,
    })
    if (foreign.length)
      findings.push(
        foreignFinding(
          s,
          'week-outside',
          `lists the academic week ${names(foreign)} of another school`,
          'Remove it, or choose this school’s week.',
        ),
      )
    if (outside.length) {
      const weeks = outside.length === 1 ? 'the academic week' : `${outside.length} academic weeks`
      findings.push(
        findingFor('week-outside', 'warning', [s], {
          explanation: `${quoted(s)} (${span(s)}) lists ${weeks} ${names(outside)} outside its dates.`,
          suggestedFix: 'Remove those weeks from the session, or correct its dates.',
        }),
      )
    }
  }
  return findings
}

function foreignFinding(s: CheckedSession, rule: 'grading-period-outside' | 'week-outside', what: string, suggestedFix: string): Finding {
  const finding = findingFor(rule, 'error', [s], { explanation: `${quoted(s)} ${what}.`, suggestedFix })
  return { ...finding, key: `${finding.key}:foreign` }
}
