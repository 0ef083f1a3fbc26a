import type { GroupFacts } from './school-year-groups.ts'

// Rules are pure functions over plain data, so they run in a Web Worker and in unit tests alike.

export type Severity = 'error' | 'warning' | 'note'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note']

export type RuleId =
  | 'dates-reversed'
  | 'days-over-weekdays'
  | 'days-differ-from-weeks'
  | 'overlapping-terms'
  | 'term-gap'
  | 'year-not-covered'
  | 'grading-period-outside'
  | 'week-outside'
  | 'outside-school-year'
  | 'missing-term'
  | 'name-breaks-pattern'
  | 'unknown-term'

/** How a finding names a session. */
export interface SessionRef {
  id: string
  name: string
  /** Its place among the rows read, set by the reader: the worker names sessions to the page by it. */
  position?: number
}

export interface CheckedSession extends SessionRef {
  schoolId: number
  schoolYear: number
  term: string
  beginDate: string
  endDate: string
  /** The dates as day numbers (date-only.ts), computed once when the row is read. */
  beginDay: number
  endDay: number
  days: number
  gradingPeriods: readonly { descriptor: string; name: string; schoolId: number; schoolYear: number }[]
  weeks: readonly { schoolId: number; weekIdentifier: string }[]
}

export interface CheckedGradingPeriod {
  descriptor: string
  name: string
  schoolId: number
  schoolYear: number
  beginDate: string
  endDate: string
}

export interface CheckedWeek {
  schoolId: number
  weekIdentifier: string
  beginDate: string
  endDate: string
  days: number
}

export interface CheckOptions {
  gapWeeks: number
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { gapWeeks: 3 }

export interface CheckInput {
  sessions: readonly CheckedSession[]
  gradingPeriods: readonly CheckedGradingPeriod[]
  weeks: readonly CheckedWeek[]
  schoolNames: Readonly<Record<number, string>>
  options: CheckOptions
}

export type CheckCalendars = Omit<CheckInput, 'sessions'>

export interface FixValues {
  beginDate?: string
  endDate?: string
  totalInstructionalDays?: number
}

export interface Finding {
  /** Stable across runs over the same data: rule plus the sessions (or school and year) involved. */
  key: string
  rule: RuleId
  severity: Severity
  schoolId: number
  schoolYear: number
  sessions: SessionRef[]
  explanation: string
  suggestedFix: string
  prefill?: { sessionId: string; values: FixValues }
}

/** A school year's sessions whose dates are in order, by begin date, with their days as numbers. */
export interface InBeginOrder {
  sessions: CheckedSession[]
  begins: Int32Array
  ends: Int32Array
  /** Each session's term as its place in `RuleContext.terms`. */
  terms: Int32Array
}

export interface RuleContext extends CheckInput {
  schoolName: (schoolId: number) => string
  gradingPeriodOf: (ref: CheckedSession['gradingPeriods'][number]) => CheckedGradingPeriod | undefined
  weekOf: (ref: CheckedSession['weeks'][number]) => CheckedWeek | undefined
  bySchoolYear: ReadonlyMap<string, CheckedSession[]>
  byYear: ReadonlyMap<number, readonly CheckedSession[][]>
  /** Computed once a group, whichever rule asks first. */
  inBeginOrder: (group: readonly CheckedSession[]) => InBeginOrder
  factsOf: (group: readonly CheckedSession[]) => GroupFacts
  /** Every term descriptor of the sessions, each once; facts name terms by their place here. */
  terms: readonly string[]
}

export type Rule = (context: RuleContext) => Finding[]
