import type { RuleId } from './types.ts'

export const RULE_TITLES: Record<RuleId, string> = {
  'dates-reversed': 'Ends before it begins',
  'days-over-weekdays': 'More instructional days than weekdays',
  'outside-school-year': 'Dates outside the school year',
  'overlapping-terms': 'Terms that overlap',
  'grading-period-outside': 'Grading period outside the session',
  'week-outside': 'Academic week outside the session',
  'days-differ-from-weeks': 'Days differ from the weeks’ days',
  'term-gap': 'Long gap between terms',
  'year-not-covered': 'School year not covered by terms',
  'missing-term': 'A term most schools have is missing',
  'name-breaks-pattern': 'Name breaks the pattern',
  'unknown-term': 'Term not checked',
}
