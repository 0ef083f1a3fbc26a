import { describe, expect, it } from 'vitest'
import { bucketize, lastNWindow, resolveWindow } from './change-window.ts'

const available = { oldestChangeVersion: 0, newestChangeVersion: 500 }

describe('resolveWindow', () => {
  it('takes explicit bounds from the URL, filling a missing one from the available range', () => {
    expect(resolveWindow({ minChangeVersion: 10, maxChangeVersion: 20 }, available, 300)).toEqual({ kind: 'custom', min: 10, max: 20 })
    expect(resolveWindow({ window: 'custom', minChangeVersion: 450 }, available, undefined)).toEqual({ kind: 'custom', min: 450, max: 500 })
  })

  it('defaults to the changes after the version last marked as seen', () => {
    expect(resolveWindow({}, available, 480)).toEqual({ kind: 'last-visit', min: 481, max: 500 })
  })

  it('falls back to the last 50 versions when nothing was marked as seen for this connection', () => {
    expect(resolveWindow({}, available, undefined)).toEqual({ kind: 'last', min: 451, max: 500 })
    expect(resolveWindow({ window: 'last', last: 5 }, available, 480)).toEqual({ kind: 'last', min: 496, max: 500 })
    // Nothing new since the last visit: not an empty window.
    expect(resolveWindow({}, available, 500)).toEqual({ kind: 'last', min: 451, max: 500 })
  })

  it('never starts the last N before the oldest available version', () => {
    expect(lastNWindow(1000, available)).toEqual({ kind: 'last', min: 0, max: 500 })
  })
})

describe('bucketize', () => {
  it('covers the window with contiguous buckets of near-equal width', () => {
    const buckets = bucketize({ min: 1, max: 100 }, 7)
    expect(buckets).toHaveLength(7)
    expect(buckets[0]!.lo).toBe(1)
    expect(buckets.at(-1)!.hi).toBe(100)
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]!.lo).toBe(buckets[i - 1]!.hi + 1)
    const widths = buckets.map((b) => b.hi - b.lo + 1)
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1)
  })

  it('uses one version per bucket in a narrow window, and none in an empty one', () => {
    expect(bucketize({ min: 5, max: 7 }, 10)).toEqual([
      { lo: 5, hi: 5 },
      { lo: 6, hi: 6 },
      { lo: 7, hi: 7 },
    ])
    expect(bucketize({ min: 8, max: 7 }, 10)).toEqual([])
  })
})
