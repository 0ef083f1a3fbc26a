import type { CheckedSession, Finding } from './rules/types.ts'

// Findings as the worker sends them: each session involved as its position in the order the page
// sent the rows, not as an {id, name} copy. The page holds those rows already, so the copy it
// decodes is smaller (an overlap of 250 sessions is 250 numbers, not 250 objects with two strings).

export type WireFinding = Omit<Finding, 'sessions'> & { rows: number[] }

export function toWire(finding: Finding, rowOf: (id: string) => number): WireFinding {
  const { sessions, ...rest } = finding
  return { ...rest, rows: sessions.map((s) => rowOf(s.id)) }
}

export function fromWire(wire: WireFinding, rows: readonly Pick<CheckedSession, 'id' | 'name'>[]): Finding {
  const { rows: positions, ...rest } = wire
  return {
    ...rest,
    sessions: positions.map((i) => {
      const row = rows[i]!
      return { id: row.id, name: row.name }
    }),
  }
}

/**
 * Consecutive slices of findings, each holding at most `weight` sessions named (a finding counts at
 * least one), so no single message makes the page decode a long run of work at once.
 */
export function* byWeight<T extends { rows: readonly unknown[] }>(findings: readonly T[], weight: number): Generator<T[]> {
  let chunk: T[] = []
  let load = 0
  for (const finding of findings) {
    const cost = Math.max(1, finding.rows.length)
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
