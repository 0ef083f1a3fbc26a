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

/** Rules that look at one row at a time and need no calendars: they can run while rows arrive. */
const ROW_RULES: readonly RuleId[] = ['dates-reversed', 'days-over-weekdays', 'outside-school-year', 'unknown-term']

const NO_CALENDARS = { gradingPeriods: [], weeks: [], schoolNames: {}, options: { gapWeeks: 3 } }

export function runRowChecks(sessions: readonly CheckedSession[]): Finding[] {
  const context = ruleContext({ ...NO_CALENDARS, sessions })
  return ROW_RULES.flatMap((id) => RULES[id](context))
}

/** The rules that need the whole set (groups, district patterns) or the calendars. */
export function runSetChecks(input: CheckInput): Finding[] {
  const context = ruleContext(input)
  return (Object.keys(RULES) as RuleId[]).filter((id) => !ROW_RULES.includes(id)).flatMap((id) => RULES[id](context))
}

export function bySeverity(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
}

/** Every finding over the set, errors first. */
export function runChecks(input: CheckInput): Finding[] {
  return bySeverity([...runRowChecks(input.sessions), ...runSetChecks(input)])
}
