import type { CheckedSession, Finding, RuleId, Severity } from './types.ts'

export function findingFor(
  rule: RuleId,
  severity: Severity,
  sessions: readonly CheckedSession[],
  text: { explanation: string; suggestedFix: string },
  prefill?: Finding['prefill'],
): Finding {
  const first = sessions[0]!
  const finding: Finding = {
    // A rule never names one session first in two of its findings (overlaps are disjoint clusters, gaps
    // consecutive pairs), so the ends and the count suffice: all ids made keys of megabytes on large sets.
    key: sessions.length === 1 ? `${rule}:${first.id}` : `${rule}:${first.id}…${sessions.at(-1)!.id}:${sessions.length}`,
    rule,
    severity,
    schoolId: first.schoolId,
    schoolYear: first.schoolYear,
    // The rows themselves, not copies: the worker sends their positions, the page rebuilds {id, name}.
    sessions: sessions.slice(),
    explanation: text.explanation,
    suggestedFix: text.suggestedFix,
  }
  if (prefill) finding.prefill = prefill
  return finding
}

export const quoted = (session: Pick<CheckedSession, 'name'>) => `“${session.name}”`
