import { describe, expect, it } from 'vitest'
import { findingFor } from './rules/finding.ts'
import { session } from './rules/test-support.ts'
import { byWeight, fromWire, toWire } from './wire-findings.ts'

describe('findings as the worker sends them', () => {
  const rows = [session({ id: 'a', name: 'Fall' }), session({ id: 'b', name: 'Spring' }), session({ id: 'c', name: 'Summer' })]
  const rowOf = (id: string) => rows.findIndex((r) => r.id === id)
  const text = { explanation: 'They share days.', suggestedFix: 'Move a date.' }

  it('names sessions by their position and comes back as the same finding', () => {
    const finding = findingFor('overlapping-terms', 'error', [rows[2]!, rows[0]!], text)
    const wire = toWire(finding, rowOf)
    expect(wire.rows).toEqual([2, 0])
    expect(wire).not.toHaveProperty('sessions')
    expect(fromWire(structuredClone(wire), rows)).toEqual(finding)
  })

  it('keeps a finding about a school (no sessions) and its prefill', () => {
    const finding = findingFor('days-over-weekdays', 'error', [rows[1]!], text, { sessionId: 'b', values: { totalInstructionalDays: 82 } })
    expect(fromWire(toWire(finding, rowOf), rows)).toEqual(finding)
    const schoolOnly = { ...finding, sessions: [] }
    expect(fromWire(toWire(schoolOnly, rowOf), rows)).toEqual(schoolOnly)
  })

  it('slices by sessions named, never splitting a finding and never sending an empty slice', () => {
    const f = (n: number) => ({ rows: Array.from({ length: n }, (_, i) => i) })
    const slices = [...byWeight([f(1), f(0), f(3), f(5), f(1)], 4)]
    expect(slices.map((s) => s.map((x) => x.rows.length))).toEqual([[1, 0], [3], [5], [1]])
    expect([...byWeight([], 4)]).toEqual([])
  })
})
