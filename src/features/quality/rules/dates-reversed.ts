import { formatDate } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import type { Rule } from './types.ts'

export const datesReversed: Rule = ({ sessions }) =>
  sessions
    .filter((s) => s.endDate < s.beginDate)
    .map((s) =>
      findingFor(
        'dates-reversed',
        'error',
        [s],
        {
          explanation: `${quoted(s)} ends on ${formatDate(s.endDate)}, before it begins on ${formatDate(s.beginDate)}.`,
          suggestedFix: 'The two dates look swapped: swap them, or correct the one that is wrong.',
        },
        { sessionId: s.id, values: { beginDate: s.endDate, endDate: s.beginDate } },
      ),
    )
