import { RULES } from './rules/index.ts'
import { SEVERITIES, type CheckedSession, type Finding, type FixValues, type RuleId } from './rules/types.ts'

// Sessions as their positions among rows sent before, columns in typed arrays: a structured clone of a
// few arrays costs about half that of thirty thousand small objects.

export interface FindingColumns {
  keys: string[]
  rules: Uint8Array
  severities: Uint8Array
  schoolIds: Float64Array
  schoolYears: Int32Array
  explanations: string[]
  fixes: string[]
  /** Finding i names the rows at positions rows[rowStarts[i]] up to rows[rowStarts[i + 1]]. */
  rowStarts: Int32Array
  rows: Int32Array
  /** '' / NaN: not set. */
  prefillIds: string[]
  prefillBegins: string[]
  prefillEnds: string[]
  prefillDays: Float64Array
}

const RULE_IDS = Object.keys(RULES) as RuleId[]
const RULE_INDEX = new Map(RULE_IDS.map((id, i) => [id, i]))

export function toWire(findings: readonly Finding[], rowOf: (id: string) => number): FindingColumns {
  const n = findings.length
  const named = findings.reduce((sum, f) => sum + f.sessions.length, 0)
  const wire: FindingColumns = {
    keys: [],
    rules: new Uint8Array(n),
    severities: new Uint8Array(n),
    schoolIds: new Float64Array(n),
    schoolYears: new Int32Array(n),
    explanations: [],
    fixes: [],
    rowStarts: new Int32Array(n + 1),
    rows: new Int32Array(named),
    prefillIds: [],
    prefillBegins: [],
    prefillEnds: [],
    prefillDays: new Float64Array(n),
  }
  let at = 0
  findings.forEach((f, i) => {
    wire.keys.push(f.key)
    wire.rules[i] = RULE_INDEX.get(f.rule)!
    wire.severities[i] = SEVERITIES.indexOf(f.severity)
    wire.schoolIds[i] = f.schoolId
    wire.schoolYears[i] = f.schoolYear
    wire.explanations.push(f.explanation)
    wire.fixes.push(f.suggestedFix)
    wire.rowStarts[i] = at
    for (const s of f.sessions) wire.rows[at++] = rowOf(s.id)
    wire.prefillIds.push(f.prefill?.sessionId ?? '')
    wire.prefillBegins.push(f.prefill?.values.beginDate ?? '')
    wire.prefillEnds.push(f.prefill?.values.endDate ?? '')
    wire.prefillDays[i] = f.prefill?.values.totalInstructionalDays ?? NaN
  })
  wire.rowStarts[n] = at
  return wire
}

export function fromWire(wire: FindingColumns, rows: readonly Pick<CheckedSession, 'id' | 'name'>[]): Finding[] {
  return wire.keys.map((key, i) => {
    const sessions: Finding['sessions'] = []
    for (let at = wire.rowStarts[i]!; at < wire.rowStarts[i + 1]!; at++) {
      const row = rows[wire.rows[at]!]!
      sessions.push({ id: row.id, name: row.name })
    }
    const finding: Finding = {
      key,
      rule: RULE_IDS[wire.rules[i]!]!,
      severity: SEVERITIES[wire.severities[i]!]!,
      schoolId: wire.schoolIds[i]!,
      schoolYear: wire.schoolYears[i]!,
      sessions,
      explanation: wire.explanations[i]!,
      suggestedFix: wire.fixes[i]!,
    }
    if (wire.prefillIds[i]) finding.prefill = { sessionId: wire.prefillIds[i]!, values: fixValues(wire, i) }
    return finding
  })
}

function fixValues(wire: FindingColumns, i: number): FixValues {
  const values: FixValues = {}
  if (wire.prefillBegins[i]) values.beginDate = wire.prefillBegins[i]
  if (wire.prefillEnds[i]) values.endDate = wire.prefillEnds[i]
  if (!Number.isNaN(wire.prefillDays[i])) values.totalInstructionalDays = wire.prefillDays[i]
  return values
}

/** So no single message makes the page decode a long run of work at once. */
export function* byWeight<T extends { sessions: readonly unknown[] }>(findings: readonly T[], weight: number): Generator<T[]> {
  let chunk: T[] = []
  let load = 0
  for (const finding of findings) {
    const cost = Math.max(1, finding.sessions.length)
    if (chunk.length > 0 && load + cost > weight) {
      yield chunk
      chunk = []
      load = 0
    }
    chunk.push(finding)
    load += cost
  }
  if (chunk.length > 0) yield chunk
}
