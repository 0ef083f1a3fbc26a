import type { CheckedSession, Finding, RuleId, Severity } from './types.ts'

export function findingFor(
  rule: RuleId,
  severity: Severity,
  sessions: readonly CheckedSession[],
  text: { explanation: string; suggestedFix: string },
  prefill?: Finding['prefill'],
): Finding {
  const first = sessions[0]!
  return {
    key: `${rule}:${sessions.map((s) => s.id).join(',')}`,
    rule,
    severity,
    schoolId: first.schoolId,
    schoolYear: first.schoolYear,
    sessions: sessions.map((s) => ({ id: s.id, name: s.name })),
    ...text,
    ...(prefill ? { prefill } : {}),
  }
}

export const quoted = (session: Pick<CheckedSession, 'name'>) => `“${session.name}”`
