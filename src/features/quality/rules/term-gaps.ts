import { dayNumber, formatDate, plural, schoolYearLabel, weekdaysOfDays } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import { FAMILY_LABELS, termKind, type TermFamily } from '../../../lib/edfi/term-families.ts'
import type { CheckedSession, Finding, Rule } from './types.ts'

const REGULAR: readonly TermFamily[] = ['semester', 'quarter', 'trimester']

export const termGaps: Rule = ({ bySchoolYear, options, schoolName }) => {
  const findings: Finding[] = []
  for (const group of bySchoolYear.values()) {
    const byFamily = new Map<TermFamily, CheckedSession[]>(REGULAR.map((family) => [family, []]))
    for (const s of group) {
      const family = termKind(s.term)?.family
      if (family && s.beginDate <= s.endDate) byFamily.get(family)?.push(s)
    }
    for (const family of REGULAR) {
      const terms = byFamily.get(family)!.sort((a, b) => (a.beginDate < b.beginDate ? -1 : 1))
      for (let i = 1; i < terms.length; i++) {
        const [before, after] = [terms[i - 1]!, terms[i]!]
        const weekdays = weekdaysOfDays(dayNumber(before.endDate) + 1, dayNumber(after.beginDate) - 1)
        if (weekdays <= options.gapWeeks * 5) continue
        findings.push(
          findingFor('term-gap', 'warning', [before, after], {
            explanation: `${plural(weekdays, 'weekday')} (about ${Math.round(weekdays / 5)} school weeks) pass between ${quoted(before)}, ending ${formatDate(before.endDate)}, and ${quoted(after)}, starting ${formatDate(after.beginDate)} (${schoolName(before.schoolId)}, ${schoolYearLabel(before.schoolYear)}).`,
            suggestedFix: `Check both dates: ${FAMILY_LABELS[family].toLowerCase()} usually follow each other with at most ${options.gapWeeks} weeks of break.`,
          }),
        )
      }
    }
  }
  return findings
}

/** The instructional year is the span of the school's own grading periods (summer ones aside). */
export const yearNotCovered: Rule = ({ bySchoolYear, gradingPeriods, schoolName }) => {
  const spans = new Map<string, { first: string; last: string }>()
  for (const p of gradingPeriods) {
    if (/summer/i.test(p.descriptor)) continue
    const key = `${p.schoolId}|${p.schoolYear}`
    const span = spans.get(key)
    spans.set(
      key,
      span ? { first: min(span.first, p.beginDate), last: max(span.last, p.endDate) } : { first: p.beginDate, last: p.endDate },
    )
  }
  const findings: Finding[] = []
  for (const [key, group] of bySchoolYear) {
    const span = spans.get(key)
    const regular = group.filter((s) => isRegular(s.term) && s.beginDate <= s.endDate)
    if (!span || regular.length === 0) continue
    const first = regular.reduce((a, s) => min(a, s.beginDate), regular[0]!.beginDate)
    const last = regular.reduce((a, s) => max(a, s.endDate), regular[0]!.endDate)
    const lateStart = weekdaysOfDays(dayNumber(span.first), dayNumber(first) - 1)
    const earlyEnd = weekdaysOfDays(dayNumber(last) + 1, dayNumber(span.last))
    if (lateStart < 5 && earlyEnd < 5) continue
    const uncovered = [
      lateStart >= 5
        ? `begin on ${formatDate(first)}, ${plural(Math.round(lateStart / 5), 'school week')} after its grading periods begin (${formatDate(span.first)})`
        : undefined,
      earlyEnd >= 5
        ? `end on ${formatDate(last)}, ${plural(Math.round(earlyEnd / 5), 'school week')} before its grading periods end (${formatDate(span.last)})`
        : undefined,
    ].filter(Boolean)
    const edge = earlyEnd >= 5 ? lastOf(regular) : regular.find((s) => s.beginDate === first)!
    findings.push(
      findingFor('year-not-covered', 'warning', [edge], {
        explanation: `${schoolName(edge.schoolId)}'s terms for ${schoolYearLabel(edge.schoolYear)} ${uncovered.join(' and ')}, so part of its instructional year has no term.`,
        suggestedFix: earlyEnd >= 5 ? `Check the end date of ${quoted(edge)}.` : `Check the begin date of ${quoted(edge)}.`,
      }),
    )
  }
  return findings
}

const isRegular = (term: string) => {
  const family = termKind(term)?.family
  return family !== undefined && REGULAR.includes(family)
}
const min = (a: string, b: string) => (a < b ? a : b)
const max = (a: string, b: string) => (a > b ? a : b)
const lastOf = (sessions: CheckedSession[]) => sessions.reduce((a, s) => (s.endDate > a.endDate ? s : a))
