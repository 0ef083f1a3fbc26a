import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import type { Batch, PlanRow } from '../plan/plan-types.ts'
import { BULK_DB_NAME, deleteBatch, listBatches, loadBatch, loadOutcomes, ROWS_PER_CHUNK, saveBatch, saveOutcomes } from './batch-store.ts'

const row = (n: number): PlanRow => ({
  n,
  action: 'create',
  key: { schoolId: 255901001, schoolYear: 2031, sessionName: `Row ${n}` },
  notes: [],
  problems: [],
})
const batchOf = (id: string, count: number): Batch => ({
  id,
  kind: 'import',
  title: `Batch ${id}`,
  connection: 'api|key',
  createdAt: '2026-12-03T09:00:00.000Z',
  state: 'planned',
  rows: Array.from({ length: count }, (_, i) => row(i + 1)),
})

describe('batch store', () => {
  it('reads a batch kept by the first version, rows inline, and keeps its rows when it is saved again', async () => {
    const old = await openDB(BULK_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('batches', { keyPath: 'id' }).createIndex('byConnection', 'connection')
        db.createObjectStore('outcomes', { keyPath: ['batchId', 'n'] }).createIndex('byBatch', 'batchId')
      },
    })
    await old.put('batches', batchOf('v1', 3))
    old.close()
    const loaded = await loadBatch('v1')
    expect(loaded?.rows.map((r) => r.n)).toEqual([1, 2, 3])
    await saveBatch({ ...loaded!, state: 'finished' })
    expect(await loadBatch('v1')).toEqual({ ...batchOf('v1', 3), state: 'finished' })
  })

  it('gives back a plan of several chunks exactly, in order', async () => {
    const batch = batchOf('big', ROWS_PER_CHUNK * 2 + 7)
    await saveBatch(batch)
    expect(await loadBatch('big')).toEqual(batch)
    expect(await listBatches('api|key')).toContainEqual(expect.objectContaining({ id: 'big', rowCount: ROWS_PER_CHUNK * 2 + 7 }))
  })

  it('keeps a row changed after the plan was stored, and drops rows a shorter plan no longer has', async () => {
    const batch = batchOf('edit', ROWS_PER_CHUNK + 10)
    await saveBatch(batch)
    const rows = batch.rows.map((r) => (r.n === 3 ? { ...r, action: 'skip' as const } : r))
    await saveBatch({ ...batch, rows })
    expect((await loadBatch('edit'))?.rows[2]?.action).toBe('skip')
    await saveBatch({ ...batch, rows: rows.slice(0, 4) })
    expect((await loadBatch('edit'))?.rows.map((r) => r.n)).toEqual([1, 2, 3, 4])
  })

  it('clears a batch with its rows and outcomes', async () => {
    await saveBatch(batchOf('gone', ROWS_PER_CHUNK + 1))
    await saveOutcomes('gone', [{ n: 1, status: 'created', at: '2026-12-03T09:01:00.000Z' }])
    await deleteBatch('gone')
    expect(await loadBatch('gone')).toBeUndefined()
    expect((await loadOutcomes('gone')).size).toBe(0)
    const db = await openDB(BULK_DB_NAME)
    expect(await db.count('rowChunks', IDBKeyRange.bound(['gone', 0], ['gone', Infinity]))).toBe(0)
    db.close()
  })
})
