import { describe, expect, it } from 'vitest'
import { locateChangeVersions, type VersionProbe } from './locate-change-versions.ts'

// The probe answers from a table of (id -> change version), as the sessions endpoint would answer
// GET ?minChangeVersion&maxChangeVersion; calls are counted to check the budget.
function tableProbe(versions: Record<string, number>, cutOffAbove = Infinity) {
  const calls: [number, number][] = []
  const probe: VersionProbe = async (lo, hi) => {
    calls.push([lo, hi])
    const ids = Object.entries(versions)
      .filter(([, v]) => v >= lo && v <= hi)
      .map(([id]) => id)
    return ids.length > cutOffAbove ? undefined : new Set(ids)
  }
  return { probe, calls }
}

describe('locateChangeVersions', () => {
  it('pins every session to its exact change version', async () => {
    const versions = { a: 3, b: 17, c: 18, d: 64, e: 100 }
    const { probe } = tableProbe(versions)
    const located = await locateChangeVersions(Object.keys(versions), { lo: 0, hi: 100 }, probe, 1000)
    for (const [id, v] of Object.entries(versions)) expect(located.get(id)).toEqual({ lo: v, hi: v })
  })

  it('stops at the budget and leaves the narrowest range reached, which still holds the version', async () => {
    const versions = { a: 5, b: 900, c: 901 }
    const { probe, calls } = tableProbe(versions)
    const located = await locateChangeVersions(Object.keys(versions), { lo: 0, hi: 1023 }, probe, 4)
    expect(calls).toHaveLength(4)
    for (const [id, v] of Object.entries(versions)) {
      const span = located.get(id)!
      expect(span.lo).toBeLessThanOrEqual(v)
      expect(span.hi).toBeGreaterThanOrEqual(v)
      expect(span.hi - span.lo).toBeLessThan(1023)
    }
  })

  it('keeps the range when an answer was cut off', async () => {
    const { probe } = tableProbe({ a: 1, b: 2, c: 3 }, 1)
    const located = await locateChangeVersions(['a', 'b', 'c'], { lo: 0, hi: 7 }, probe, 100)
    expect(located.get('a')).toEqual({ lo: 0, hi: 7 })
  })

  it('asks nothing when there is nothing to place or the window is one version', async () => {
    const { probe, calls } = tableProbe({ a: 4 })
    expect((await locateChangeVersions([], { lo: 0, hi: 9 }, probe, 10)).size).toBe(0)
    expect(await locateChangeVersions(['a'], { lo: 4, hi: 4 }, probe, 10)).toEqual(new Map([['a', { lo: 4, hi: 4 }]]))
    expect(calls).toEqual([])
  })
})
