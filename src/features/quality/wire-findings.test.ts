import { describe, expect, it } from 'vitest'
import { findingFor } from './rules/finding.ts'
import { session } from './rules/test-support.ts'
import type { Finding, SessionRef } from './rules/types.ts'
import { byWeight, fromWire, toWire } from './wire-findings.ts'

describe('findings as the worker sends them', () => {
  const rows = [session({ id: 'a', name: 'Fall' }), session({ id: 'b', name: 'Spring' }), session({ id: 'c', name: 'Summer' })]
  const rowOf = (session: SessionRef) => rows.findIndex((r) => r.id === session.id)
  const text = { explanation: 'They share days.', suggestedFix: 'Move a date.' }

  it('names sessions by their position and comes back as the same findings', () => {
    const overlap = findingFor('overlapping-terms', 'error', [rows[2]!, rows[0]!], text)
    const wire = toWire([overlap], rowOf)
    expect([...wire.rows]).toEqual([2, 0])
    expect(wire).not.toHaveProperty('sessions')
    const [back] = fromWire(structuredClone(wire), rows)
    expect(back).toEqual(overlap)
    expect(back!.sessions[0]).toBe(rows[2])
  })

  it('keeps prefills (set values only), findings about a school, and the order', () => {
    const days = findingFor('days-over-weekdays', 'error', [rows[1]!], text, { sessionId: 'b', values: { totalInstructionalDays: 0 } })
    const swap = findingFor('dates-reversed', 'error', [rows[0]!], text, {
      sessionId: 'a',
      values: { beginDate: '2026-08-24', endDate: '2026-12-18' },
    })
    const schoolOnly: Finding = { ...findingFor('missing-term', 'note', [rows[2]!], text), key: 'missing-term:x', sessions: [] }
    const findings = [days, schoolOnly, swap, findingFor('unknown-term', 'note', [rows[2]!], text)]
    const back = fromWire(structuredClone(toWire(findings, rowOf)), rows)
    expect(back).toEqual(findings)
    expect(back[1]).not.toHaveProperty('prefill')
    expect(back[0]!.prefill!.values).toEqual({ totalInstructionalDays: 0 })
  })

  it('sends a shared suggested fix once and keeps a prefill for another session', () => {
    const same = { explanation: 'Too many days.', suggestedFix: 'Set the days.' }
    const findings = [
      findingFor('days-over-weekdays', 'error', [rows[0]!], same),
      findingFor('days-over-weekdays', 'error', [rows[1]!], same),
      findingFor('grading-period-outside', 'warning', [rows[2]!], text, { sessionId: 'a', values: {} }),
    ]
    const wire = toWire(findings, rowOf)
    expect(wire.fixes).toEqual(['Set the days.', 'Move a date.'])
    expect(fromWire(structuredClone(wire), rows)).toEqual(findings)
  })

  it('slices by sessions named, never splitting a finding and never sending an empty slice', () => {
    const f = (n: number) => ({ sessions: Array.from({ length: n }, (_, i) => i) })
    const slices = [...byWeight([f(1), f(0), f(3), f(5), f(1)], 4)]
    expect(slices.map((s) => s.map((x) => x.sessions.length))).toEqual([[1, 0], [3], [5], [1]])
    expect([...byWeight([], 4)]).toEqual([])
  })
})
