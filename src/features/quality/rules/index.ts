import { daysDifferFromWeeks, daysOverWeekdays } from './instructional-days.ts'
import { datesReversed } from './dates-reversed.ts'
import { gradingPeriodOutside, weekOutside } from './calendar-links.ts'
import { missingTerm, nameBreaksPattern } from './district-patterns.ts'
import { outsideSchoolYear } from './outside-school-year.ts'
import { overlappingTerms } from './overlapping-terms.ts'
import { termGaps, yearNotCovered } from './term-gaps.ts'
import { unknownTerm } from './unknown-term.ts'
import type { CheckedSession, CheckInput, Finding, Rule, RuleContext, RuleId, Severity } from './types.ts'

export * from './types.ts'
export { RULE_TITLES } from './rule-titles.ts'

/** Every rule, in the order a steward reads them: broken rows first, district patterns last. */
export const RULES: Record<RuleId, Rule> = {
  'dates-reversed': datesReversed,
  'days-over-weekdays': daysOverWeekdays,
  'outside-school-year': outsideSchoolYear,
  'overlapping-terms': overlappingTerms,
  'grading-period-outside': gradingPeriodOutside,
  'week-outside': weekOutside,
  'days-differ-from-weeks': daysDifferFromWeeks,
  'term-gap': termGaps,
  'year-not-covered': yearNotCovered,
  'missing-term': missingTerm,
  'name-breaks-pattern': nameBreaksPattern,
  'unknown-term': unknownTerm,
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

export function ruleContext(input: CheckInput): RuleContext {
  const periods = new Map(input.gradingPeriods.map((p) => [`${p.schoolId}|${p.schoolYear}|${p.descriptor}|${p.name}`, p]))
  const weeks = new Map(input.weeks.map((w) => [`${w.schoolId}|${w.weekIdentifier}`, w]))
  const bySchoolYear = new Map<string, CheckedSession[]>()
  for (const s of input.sessions) {
    const key = `${s.schoolId}|${s.schoolYear}`
    const list = bySchoolYear.get(key)
    if (list) list.push(s)
    else bySchoolYear.set(key, [s])
  }
  return {
    ...input,
    schoolName: (id) => input.schoolNames[id] ?? `School ${id}`,
    gradingPeriodOf: (ref) => periods.get(`${ref.schoolId}|${ref.schoolYear}|${ref.descriptor}|${ref.name}`),
    weekOf: (ref) => weeks.get(`${ref.schoolId}|${ref.weekIdentifier}`),
    bySchoolYear,
  }
}

/** Every finding over the set, errors first. */
export function runChecks(input: CheckInput): Finding[] {
  const context = ruleContext(input)
  const findings = Object.values(RULES).flatMap((rule) => rule(context))
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}
