import { describe, expect, it } from 'vitest'
import { OrderedChunks } from './ordered-chunks.ts'

describe('OrderedChunks', () => {
  it('writes the current partition at once and holds later ones until every earlier partition is done', () => {
    const out: string[] = []
    const ordered = new OrderedChunks<string>(3, (chunk) => out.push(chunk))
    ordered.push(2, 'c1')
    ordered.push(0, 'a1')
    ordered.push(1, 'b1')
    expect(out).toEqual(['a1'])
    ordered.push(2, 'c2')
    ordered.finish(2)
    ordered.push(0, 'a2')
    ordered.finish(0)
    expect(out).toEqual(['a1', 'a2', 'b1'])
    ordered.push(1, 'b2')
    expect(out).toEqual(['a1', 'a2', 'b1', 'b2'])
    expect(ordered.complete).toBe(false)
    ordered.finish(1)
    expect(out).toEqual(['a1', 'a2', 'b1', 'b2', 'c1', 'c2'])
    expect(ordered.complete).toBe(true)
  })

  it('is complete at once with no partitions', () => {
    expect(new OrderedChunks<string>(0, () => {}).complete).toBe(true)
  })
})
