import { schoolYearLabel } from '../../../lib/date-only.ts'
import { termLabel } from '../../../lib/edfi/term-families.ts'
import type { CheckedSession } from './types.ts'

/** The name most districts give a session: "2026-2027 Fall Semester". */
export function patternName(session: Pick<CheckedSession, 'schoolYear' | 'term'>): string {
  return `${schoolYearLabel(session.schoolYear)} ${termLabel(session.term)}`
}
