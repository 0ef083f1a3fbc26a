import { formatDate, schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import type { CheckedSession, Finding, Rule } from './types.ts'

// References that could not be read are not judged.

interface Dated {
  beginDate: string
  endDate: string
}

const within = (inner: Dated, outer: Dated) => inner.beginDate >= outer.beginDate && inner.endDate <= outer.endDate

const span = (s: Dated) => `${formatDate(s.beginDate)} to ${formatDate(s.endDate)}`

const names = (items: string[]) => (items.length <= 3 ? items.join(', ') : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`)

type LinkRuleName = 'grading-period-outside' | 'week-outside'

interface LinkCheck<Ref, Item extends Dated> {
  refs: (s: CheckedSession) => readonly Ref[]
  foreign: (ref: Ref, s: CheckedSession) => string | undefined
  read: (ref: Ref) => Item | undefined
  describe: (item: Item) => string
  foreignWords: (names: string) => string
  foreignFix: string
  outsideWords: (names: string, count: number) => string
  outsideFix: string
}

function linkFindings<Ref, Item extends Dated>(rule: LinkRuleName, sessions: readonly CheckedSession[], check: LinkCheck<Ref, Item>) {
  return sessions.flatMap((s) => {
    const foreign: string[] = []
    const outside: string[] = []
    for (const ref of check.refs(s)) {
      const other = check.foreign(ref, s)
      const item = other === undefined ? check.read(ref) : undefined
      if (other !== undefined) foreign.push(other)
      else if (item && !within(item, s)) outside.push(`${check.describe(item)} (${span(item)})`)
    }
    const findings: Finding[] = []
    if (foreign.length) findings.push(foreignFinding(s, rule, check.foreignWords(names(foreign)), check.foreignFix))
    if (outside.length) {
      const explanation = `${quoted(s)} (${span(s)}) ${check.outsideWords(names(outside), outside.length)}`
      findings.push(findingFor(rule, 'warning', [s], { explanation, suggestedFix: check.outsideFix }))
    }
    return findings
  })
}

export const gradingPeriodOutside: Rule = ({ sessions, gradingPeriodOf, schoolName }) =>
  linkFindings('grading-period-outside', sessions, {
    refs: (s) => s.gradingPeriods,
    foreign: (ref, s) =>
      ref.schoolId !== s.schoolId || ref.schoolYear !== s.schoolYear
        ? `“${ref.name}” (${schoolName(ref.schoolId)}, ${schoolYearLabel(ref.schoolYear)})`
        : undefined,
    read: gradingPeriodOf,
    describe: (period) => `“${period.name}”`,
    foreignWords: (list) => `lists the grading period ${list}, which belongs to another school or year`,
    foreignFix: 'Remove it, or choose the grading period of this school and year.',
    outsideWords: (list) => `lists the grading period ${list}, which lies outside the session's dates.`,
    outsideFix: 'Remove that grading period from the session, or correct the session’s dates if they are the ones that are wrong.',
  })

export const weekOutside: Rule = ({ sessions, weekOf }) =>
  linkFindings('week-outside', sessions, {
    refs: (s) => s.weeks,
    foreign: (ref, s) => (ref.schoolId !== s.schoolId ? `“${ref.weekIdentifier}”` : undefined),
    read: weekOf,
    describe: (week) => `“${week.weekIdentifier}”`,
    foreignWords: (list) => `lists the academic week ${list} of another school`,
    foreignFix: 'Remove it, or choose this school’s week.',
    outsideWords: (list, count) => `lists ${count === 1 ? 'the academic week' : `${count} academic weeks`} ${list} outside its dates.`,
    outsideFix: 'Remove those weeks from the session, or correct its dates.',
  })

function foreignFinding(s: CheckedSession, rule: LinkRuleName, what: string, suggestedFix: string): Finding {
  const finding = findingFor(rule, 'error', [s], { explanation: `${quoted(s)} ${what}.`, suggestedFix })
  return { ...finding, key: `${finding.key}:foreign` }
}
