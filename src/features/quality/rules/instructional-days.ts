import { plural, weekdaysOfDays } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import type { Finding, Rule } from './types.ts'

export const daysOverWeekdays: Rule = ({ sessions }) => {
  const findings: Finding[] = []
  for (const s of sessions) {
    if (s.endDay < s.beginDay) continue // reported as reversed dates
    const weekdays = weekdaysOfDays(s.beginDay, s.endDay)
    if (s.days <= weekdays) continue
    findings.push(
      findingFor(
        'days-over-weekdays',
        'error',
        [s],
        {
          explanation: `${quoted(s)} counts ${plural(s.days, 'instructional day')}, but there are only ${plural(weekdays, 'weekday')} between its dates.`,
          suggestedFix: `Set the instructional days to at most ${weekdays}, or correct the begin or end date if the term is longer.`,
        },
        { sessionId: s.id, values: { totalInstructionalDays: weekdays } },
      ),
    )
  }
  return findings
}

export const daysDifferFromWeeks: Rule = ({ sessions, weekOf }) => {
  const findings: Finding[] = []
  for (const s of sessions) {
    if (s.weeks.length === 0) continue
    let sum = 0
    let found = 0
    for (const ref of s.weeks) {
      const week = weekOf(ref)
      if (!week) continue
      sum += week.days
      found++
    }
    // Weeks that could not be read say nothing about the sum.
    if (found !== s.weeks.length || sum === s.days) continue
    findings.push(
      findingFor(
        'days-differ-from-weeks',
        'warning',
        [s],
        {
          explanation: `${quoted(s)} counts ${plural(s.days, 'instructional day')}, but its ${plural(found, 'academic week')} add up to ${sum}.`,
          suggestedFix: `Set the instructional days to ${sum}, or correct the weeks it lists.`,
        },
        { sessionId: s.id, values: { totalInstructionalDays: sum } },
      ),
    )
  }
  return findings
}
