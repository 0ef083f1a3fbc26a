import { findingFor, quoted } from './finding.ts'
import { isKnownTerm, termLabel } from '../../../lib/edfi/term-families.ts'
import type { Rule } from './types.ts'

/** A term outside Ed-Fi's standard list: said once, so a skipped check is never silent. */
export const unknownTerm: Rule = ({ sessions }) =>
  sessions
    .filter((s) => !isKnownTerm(s.term))
    .map((s) =>
      findingFor('unknown-term', 'note', [s], {
        explanation: `${quoted(s)} has the term “${termLabel(s.term)}”, which is not one of the standard terms, so it was not checked for overlaps, gaps or missing terms.`,
        suggestedFix: 'Nothing, if your district uses this term on purpose; otherwise choose a standard term.',
      }),
    )
