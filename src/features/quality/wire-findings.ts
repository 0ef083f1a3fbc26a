import { joinTexts, textAt, type JoinedTexts } from './joined-texts.ts'
import { RULES } from './rules/index.ts'
import { SEVERITIES, type Finding, type FixValues, type RuleId, type SessionRef } from './rules/types.ts'

// Sessions as their positions among rows sent before, columns in typed arrays: a structured clone of a
// few arrays costs about half that of thirty thousand small objects.

export interface FindingColumns {
  /** Per finding: key, then explanation. */
  texts: JoinedTexts
  rules: Uint8Array
  severities: Uint8Array
  schoolIds: Float64Array
  schoolYears: Int32Array
  /** Thousands of findings share a few suggested fixes: each is sent once, findings hold its position. */
  fixes: string[]
  fixOf: Int32Array
  /** Finding i names the rows at positions rows[rowStarts[i]] up to rows[rowStarts[i + 1]]. */
  rowStarts: Int32Array
  rows: Int32Array
  /** '' / NaN: not set ('' as the id: no prefill). */
  prefillIds: string[]
  prefillBegins: string[]
  prefillEnds: string[]
  prefillDays: Float64Array
}

const RULE_IDS = Object.keys(RULES) as RuleId[]
const RULE_INDEX = new Map(RULE_IDS.map((id, i) => [id, i]))

export function toWire(findings: readonly Finding[], rowOf: (session: SessionRef) => number): FindingColumns {
  const n = findings.length
  const named = findings.reduce((sum, f) => sum + f.sessions.length, 0)
  const wire: Omit<FindingColumns, 'texts'> = {
    rules: new Uint8Array(n),
    severities: new Uint8Array(n),
    schoolIds: new Float64Array(n),
    schoolYears: new Int32Array(n),
    fixes: [],
    fixOf: new Int32Array(n),
    rowStarts: new Int32Array(n + 1),
    rows: new Int32Array(named),
    prefillIds: new Array<string>(n),
    prefillBegins: new Array<string>(n),
    prefillEnds: new Array<string>(n),
    prefillDays: new Float64Array(n),
  }
  const fixPositions = new Map<string, number>()
  let at = 0
  const texts = joinTexts(2 * n)
  for (let i = 0; i < n; i++) {
    const f = findings[i]!
    texts.add(f.key)
    texts.add(f.explanation)
    wire.rules[i] = RULE_INDEX.get(f.rule)!
    wire.severities[i] = SEVERITIES.indexOf(f.severity)
    wire.schoolIds[i] = f.schoolId
    wire.schoolYears[i] = f.schoolYear
    let fix = fixPositions.get(f.suggestedFix)
    if (fix === undefined) fixPositions.set(f.suggestedFix, (fix = wire.fixes.push(f.suggestedFix) - 1))
    wire.fixOf[i] = fix
    wire.rowStarts[i] = at
    for (const s of f.sessions) wire.rows[at++] = rowOf(s)
    const prefill = f.prefill
    wire.prefillIds[i] = prefill?.sessionId ?? ''
    wire.prefillBegins[i] = prefill?.values.beginDate ?? ''
    wire.prefillEnds[i] = prefill?.values.endDate ?? ''
    wire.prefillDays[i] = prefill?.values.totalInstructionalDays ?? NaN
  }
  wire.rowStarts[n] = at
  return { ...wire, texts: texts.joined() }
}

/** The findings name the page's own rows (no copies: a few overlap findings can name every session). */
export function fromWire(wire: FindingColumns, rows: readonly SessionRef[]): Finding[] {
  const findings: Finding[] = []
  for (let i = 0; i < wire.rules.length; i++) {
    const sessions: Finding['sessions'] = []
    for (let at = wire.rowStarts[i]!; at < wire.rowStarts[i + 1]!; at++) sessions.push(rows[wire.rows[at]!]!)
    const finding: Finding = {
      key: textAt(wire.texts, 2 * i),
      rule: RULE_IDS[wire.rules[i]!]!,
      severity: SEVERITIES[wire.severities[i]!]!,
      schoolId: wire.schoolIds[i]!,
      schoolYear: wire.schoolYears[i]!,
      sessions,
      explanation: textAt(wire.texts, 2 * i + 1),
      suggestedFix: wire.fixes[wire.fixOf[i]!]!,
    }
    if (wire.prefillIds[i]) finding.prefill = { sessionId: wire.prefillIds[i]!, values: fixValues(wire, i) }
    findings.push(finding)
  }
  return findings
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
