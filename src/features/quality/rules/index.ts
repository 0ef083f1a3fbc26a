import { daysDifferFromWeeks, daysOverWeekdays } from './instructional-days.ts'
import { datesReversed } from './dates-reversed.ts'
import { gradingPeriodOutside, weekOutside } from './calendar-links.ts'
import { missingTerm, nameBreaksPattern } from './district-patterns.ts'
import { outsideSchoolYear } from './outside-school-year.ts'
import { overlappingTerms } from './overlapping-terms.ts'
import { termGaps, yearNotCovered } from './term-gaps.ts'
import { unknownTerm } from './unknown-term.ts'
import { createSchoolYearGroups, type SchoolYearGroups } from './school-year-groups.ts'
import { inBeginOrder } from './begin-order.ts'
import {
  SEVERITIES,
  type CheckCalendars,
  type CheckedSession,
  type CheckInput,
  type Finding,
  type InBeginOrder,
  type Rule,
  type RuleContext,
  type RuleId,
  type Severity,
} from './types.ts'

export * from './types.ts'
export { RULE_TITLES } from './rule-titles.ts'

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
const RULE_ORDER = new Map((Object.keys(RULES) as RuleId[]).map((id, i) => [id, i]))

/** `groups` may be built ahead, as rows arrive; it must hold exactly `input.sessions`. */
export function ruleContext(input: CheckInput, groups: SchoolYearGroups = createSchoolYearGroups(input.sessions)): RuleContext {
  const periods = new Map(input.gradingPeriods.map((p) => [`${p.schoolId}|${p.schoolYear}|${p.descriptor}|${p.name}`, p]))
  const weeks = new Map(input.weeks.map((w) => [`${w.schoolId}|${w.weekIdentifier}`, w]))
  const ordered = new WeakMap<readonly CheckedSession[], InBeginOrder>()
  return {
    ...input,
    schoolName: (id) => input.schoolNames[id] ?? `School ${id}`,
    gradingPeriodOf: (ref) => periods.get(`${ref.schoolId}|${ref.schoolYear}|${ref.descriptor}|${ref.name}`),
    weekOf: (ref) => weeks.get(`${ref.schoolId}|${ref.weekIdentifier}`),
    bySchoolYear: groups.bySchoolYear,
    byYear: groups.byYear,
    factsOf: groups.factsOf,
    terms: groups.terms,
    inBeginOrder: (group) => {
      let order = ordered.get(group)
      if (!order) ordered.set(group, (order = inBeginOrder(group, groups.factsOf(group))))
      return order
    },
  }
}

const ROW_RULES: readonly RuleId[] = ['dates-reversed', 'days-over-weekdays', 'outside-school-year', 'unknown-term']
const CALENDAR_ROW_RULES: readonly RuleId[] = ['grading-period-outside', 'week-outside', 'days-differ-from-weeks']
const GROUP_RULES = (Object.keys(RULES) as RuleId[]).filter((id) => !ROW_RULES.includes(id) && !CALENDAR_ROW_RULES.includes(id))

const NO_GROUPS = createSchoolYearGroups()
const NO_CALENDARS: CheckCalendars = { gradingPeriods: [], weeks: [], schoolNames: {}, options: { gapWeeks: 3 } }

export function runRowChecks(sessions: readonly CheckedSession[]): Finding[] {
  const context = ruleContext({ ...NO_CALENDARS, sessions }, NO_GROUPS)
  return ROW_RULES.flatMap((id) => RULES[id](context))
}

export function calendarRowChecks(calendars: CheckCalendars): (sessions: readonly CheckedSession[]) => Finding[] {
  const context = ruleContext({ ...calendars, sessions: [] }, NO_GROUPS)
  return (sessions) => CALENDAR_ROW_RULES.flatMap((id) => RULES[id]({ ...context, sessions }))
}

export function runGroupChecks(input: CheckInput, groups?: SchoolYearGroups): Finding[] {
  const context = ruleContext(input, groups)
  return GROUP_RULES.flatMap((id) => RULES[id](context))
}

export function bySeverity<T extends Pick<Finding, 'severity' | 'rule'>>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!,
  )
}

export function findingsInOrder<T extends Pick<Finding, 'severity' | 'rule'>>() {
  const buckets: T[][] = Array.from({ length: SEVERITIES.length * RULE_ORDER.size }, () => [])
  return {
    add: (finding: T) => buckets[SEVERITY_ORDER[finding.severity] * RULE_ORDER.size + RULE_ORDER.get(finding.rule)!]!.push(finding),
    all: (): T[] => buckets.flat(),
  }
}

export function runChecks(input: CheckInput): Finding[] {
  return bySeverity([...runRowChecks(input.sessions), ...calendarRowChecks(input)(input.sessions), ...runGroupChecks(input)])
}
