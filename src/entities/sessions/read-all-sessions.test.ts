// The whole-set reader against the REAL embedded Ed-Fi API: every session of the filter once, in the
// order of one sequential walk, with a cap that refuses before reading.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { listSessions } from './list-sessions.ts'
import { countSessions, readAllSessions, TooManyRowsError } from './read-all-sessions.ts'

setUpEmbeddedApi()

async function sequentialIds(schoolId: number): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += 500) {
    const page = await listSessions({ schoolId, offset, limit: 500, totalCount: false })
    ids.push(...page.items.map((s) => s.id))
    if (page.items.length < 500) return ids
  }
}

describe('readAllSessions', () => {
  it('reads every session of the filtered set once, in the order of a sequential walk, over several partitions', async () => {
    const expected = await sequentialIds(255901001)
    expect(expected.length).toBeGreaterThan(20)
    const progress: number[] = []
    const all = await readAllSessions({
      filters: { schoolId: 255901001 },
      snapshot: false,
      pageSize: 5,
      maxPartitions: 4,
      onProgress: (p) => progress.push(p.rowsRead),
    })
    expect(all.map((s) => s.id)).toEqual(expected)
    expect(progress.at(-1)).toBe(expected.length)
  })

  it('hands each page to onRows as it is read, every session once, and then keeps none of them itself', async () => {
    const expected = await sequentialIds(255901001)
    const pages: string[][] = []
    const kept = await readAllSessions({
      filters: { schoolId: 255901001 },
      snapshot: false,
      pageSize: 5,
      maxPartitions: 4,
      onRows: (rows) => pages.push(rows.map((s) => s.id)),
    })
    expect(kept).toEqual([])
    expect(pages.length).toBeGreaterThan(4)
    expect(pages.flat().sort()).toEqual([...expected].sort())
  })

  it('counts without reading, and refuses a set above maxRows before reading any page', async () => {
    const count = await countSessions({ filters: { schoolId: 255901001 }, snapshot: false })
    await expect(readAllSessions({ filters: { schoolId: 255901001 }, snapshot: false, maxRows: count - 1 })).rejects.toBeInstanceOf(
      TooManyRowsError,
    )
  })

  it('returns nothing for an empty set, and keeps bodies as sent with a loose schema', async () => {
    expect(await readAllSessions({ filters: { schoolId: 255901001, schoolYear: 1991 }, snapshot: false })).toEqual([])
    const loose = z.record(z.string(), z.unknown())
    const bodies = await readAllSessions({ filters: { schoolId: 255901001 }, snapshot: false, schema: loose })
    expect(bodies[0]).toHaveProperty('_etag')
  })
})
