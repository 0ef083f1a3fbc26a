import { dayNumber, formatDate, plural, schoolYearLabel, weekdaysOfDays } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import { FAMILY_LABELS, termKind, type TermFamily } from '../../../lib/edfi/term-families.ts'
import type { Finding, Rule } from './types.ts'

const REGULAR: readonly TermFamily[] = ['semester', 'quarter', 'trimester']

export const termGaps: Rule = ({ bySchoolYear, options, schoolName, inBeginOrder, terms }) => {
  const findings: Finding[] = []
  // Each term's place in REGULAR, -1 for the others.
  const familyOf = terms.map((term) => {
    const family = termKind(term)?.family
    return family ? REGULAR.indexOf(family) : -1
  })
  for (const group of bySchoolYear.values()) {
    const { sessions, begins, ends, terms: termOf } = inBeginOrder(group)
    // Each regular family's terms in date order, by their place in the group's order.
    const byFamily = REGULAR.map((): number[] => [])
    for (let k = 0; k < sessions.length; k++) byFamily[familyOf[termOf[k]!]!]?.push(k)
    for (const [f, family] of REGULAR.entries()) {
      const terms = byFamily[f]!
      for (let i = 1; i < terms.length; i++) {
        const [b, a] = [terms[i - 1]!, terms[i]!]
        const weekdays = weekdaysOfDays(ends[b]! + 1, begins[a]! - 1)
        if (weekdays <= options.gapWeeks * 5) continue
        const [before, after] = [sessions[b]!, sessions[a]!]
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
export const yearNotCovered: Rule = ({ bySchoolYear, gradingPeriods, schoolName, inBeginOrder, terms }) => {
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
  const regular = terms.map(isRegular)
  const findings: Finding[] = []
  for (const [key, group] of bySchoolYear) {
    const span = spans.get(key)
    if (!span) continue
    const { sessions, begins, ends, terms: termOf } = inBeginOrder(group)
    // The first regular term to begin, and the first (in date order) of those that end last.
    let firstAt = -1
    let lastAt = -1
    for (let k = 0; k < sessions.length; k++) {
      if (!regular[termOf[k]!]) continue
      if (firstAt < 0) firstAt = k
      if (lastAt < 0 || ends[k]! > ends[lastAt]!) lastAt = k
    }
    if (firstAt < 0) continue
    const [first, last] = [sessions[firstAt]!.beginDate, sessions[lastAt]!.endDate]
    const lateStart = weekdaysOfDays(dayNumber(span.first), begins[firstAt]! - 1)
    const earlyEnd = weekdaysOfDays(ends[lastAt]! + 1, dayNumber(span.last))
    if (lateStart < 5 && earlyEnd < 5) continue
    const uncovered = [
      lateStart >= 5
        ? `begin on ${formatDate(first)}, ${plural(Math.round(lateStart / 5), 'school week')} after its grading periods begin (${formatDate(span.first)})`
        : undefined,
      earlyEnd >= 5
        ? `end on ${formatDate(last)}, ${plural(Math.round(earlyEnd / 5), 'school week')} before its grading periods end (${formatDate(span.last)})`
        : undefined,
    ].filter(Boolean)
    const edge = earlyEnd >= 5 ? sessions[lastAt]! : sessions[firstAt]!
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
