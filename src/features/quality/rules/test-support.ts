import { dayNumber } from '../../../lib/date-only.ts'
import { ruleContext } from './index.ts'
import {
  DEFAULT_CHECK_OPTIONS,
  type CheckedGradingPeriod,
  type CheckedSession,
  type CheckedWeek,
  type CheckInput,
  type RuleContext,
} from './types.ts'

// Builders for the rules' unit tests: a 2026-2027 High School session unless told otherwise.

let next = 0

/** Its day numbers are computed from its dates: a test gives only the dates. */
export function session(overrides: Partial<Omit<CheckedSession, 'beginDay' | 'endDay'>> & { label?: string } = {}): CheckedSession {
  const { label = 'Fall Semester', ...rest } = overrides
  next += 1
  const row = {
    id: `s${next}`,
    name: `2026-2027 ${label}`,
    schoolId: 255901001,
    schoolYear: 2027,
    term: `uri://ed-fi.org/TermDescriptor#${label}`,
    beginDate: '2026-08-24',
    endDate: '2026-12-18',
    days: 80,
    gradingPeriods: [],
    weeks: [],
    ...rest,
  }
  return { ...row, beginDay: dayNumber(row.beginDate), endDay: dayNumber(row.endDate) }
}

export function context(
  sessions: CheckedSession[],
  extra: { gradingPeriods?: CheckedGradingPeriod[]; weeks?: CheckedWeek[]; gapWeeks?: number } = {},
): RuleContext {
  const input: CheckInput = {
    sessions,
    gradingPeriods: extra.gradingPeriods ?? [],
    weeks: extra.weeks ?? [],
    schoolNames: { 255901001: 'Grand Bend High School', 255901044: 'Grand Bend Middle School', 255901107: 'Grand Bend Elementary School' },
    options: { ...DEFAULT_CHECK_OPTIONS, ...(extra.gapWeeks !== undefined ? { gapWeeks: extra.gapWeeks } : {}) },
  }
  return ruleContext(input)
}
