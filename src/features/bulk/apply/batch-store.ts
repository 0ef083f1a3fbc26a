import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Batch, PlanRow, RowOutcome } from '../plan/plan-types.ts'

// Rows go in chunks, each stored in its own task: one put of 10,000 rows is a ~120 ms task that freezes
// the page. The header is written last, so a batch is seen only once every chunk is stored.

export const BULK_DB_NAME = 'edfi-steward-bulk'
export const ROWS_PER_CHUNK = 500

export type BatchHeader = Omit<Batch, 'rows'> & { rowCount: number }

/** Version 1 kept the rows inside the batch; such batches are read as they are. */
type StoredBatch = BatchHeader & { rows?: PlanRow[] }

interface StoredOutcome extends RowOutcome {
  batchId: string
}

interface BulkSchema extends DBSchema {
  batches: { key: string; value: StoredBatch; indexes: { byConnection: string } }
  rowChunks: { key: [string, number]; value: { batchId: string; index: number; rows: PlanRow[] } }
  outcomes: { key: [string, number]; value: StoredOutcome; indexes: { byBatch: string } }
}

let opened: Promise<IDBPDatabase<BulkSchema>> | undefined

function database(): Promise<IDBPDatabase<BulkSchema>> {
  opened ??= openDB<BulkSchema>(BULK_DB_NAME, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('batches', { keyPath: 'id' }).createIndex('byConnection', 'connection')
        db.createObjectStore('outcomes', { keyPath: ['batchId', 'n'] }).createIndex('byBatch', 'batchId')
      }
      if (oldVersion < 2) db.createObjectStore('rowChunks', { keyPath: ['batchId', 'index'] })
    },
  })
  return opened
}

const storedRows = new Map<string, readonly PlanRow[]>()

const chunkCount = (rowCount: number) => Math.ceil(rowCount / ROWS_PER_CHUNK)
const chunkOf = (rows: readonly PlanRow[], index: number) => rows.slice(index * ROWS_PER_CHUNK, (index + 1) * ROWS_PER_CHUNK)

function changedChunks(batch: Batch): number[] {
  const before = storedRows.get(batch.id)
  if (before === batch.rows) return []
  return Array.from({ length: chunkCount(batch.rows.length) }, (_, i) => i).filter((i) => {
    if (!before || before.length !== batch.rows.length) return true
    const from = i * ROWS_PER_CHUNK
    return chunkOf(batch.rows, i).some((row, k) => row !== before[from + k])
  })
}

export async function saveBatch(batch: Batch): Promise<void> {
  const db = await database()
  const { rows, ...rest } = batch
  const header: StoredBatch = { ...rest, rowCount: rows.length }
  const changed = changedChunks(batch)
  const inline = changed.length <= 2 ? changed : []
  for (const index of changed.filter((i) => !inline.includes(i)))
    await db.put('rowChunks', { batchId: batch.id, index, rows: chunkOf(rows, index) })
  const tx = db.transaction(['batches', 'rowChunks'], 'readwrite')
  await Promise.all([
    ...inline.map((index) => tx.objectStore('rowChunks').put({ batchId: batch.id, index, rows: chunkOf(rows, index) })),
    tx.objectStore('rowChunks').delete(IDBKeyRange.bound([batch.id, chunkCount(rows.length)], [batch.id, Infinity])),
    tx.objectStore('batches').put(header),
    tx.done,
  ])
  storedRows.set(batch.id, rows)
}

export async function loadBatch(id: string): Promise<Batch | undefined> {
  const db = await database()
  const stored = await db.get('batches', id)
  if (!stored) return undefined
  const { rowCount, rows: inlineRows, ...header } = stored
  // A version 1 batch keeps its rows inline: left out of storedRows, its next save writes them as chunks.
  if (inlineRows) return { ...header, rows: inlineRows }
  const rows: PlanRow[] = []
  for (let index = 0; index < chunkCount(rowCount); index++) {
    const chunk = await db.get('rowChunks', [id, index])
    if (chunk) rows.push(...chunk.rows)
  }
  storedRows.set(id, rows)
  return { ...header, rows }
}

export async function listBatches(connection: string): Promise<BatchHeader[]> {
  const batches = await (await database()).getAllFromIndex('batches', 'byConnection', connection)
  return batches
    .map(({ rows, ...header }) => ({ ...header, rowCount: header.rowCount ?? rows?.length ?? 0 }))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
}

export async function saveOutcomes(batchId: string, outcomes: readonly RowOutcome[]): Promise<void> {
  if (outcomes.length === 0) return
  const tx = (await database()).transaction('outcomes', 'readwrite')
  await Promise.all([...outcomes.map((o) => tx.store.put({ ...o, batchId })), tx.done])
}

export async function loadOutcomes(batchId: string): Promise<Map<number, RowOutcome>> {
  const stored = await (await database()).getAllFromIndex('outcomes', 'byBatch', batchId)
  return new Map(stored.map(({ batchId: _batchId, ...outcome }) => [outcome.n, outcome]))
}

export async function deleteBatch(id: string): Promise<void> {
  const db = await database()
  const keys = await db.getAllKeysFromIndex('outcomes', 'byBatch', id)
  const tx = db.transaction(['batches', 'rowChunks', 'outcomes'], 'readwrite')
  await Promise.all([
    tx.objectStore('batches').delete(id),
    tx.objectStore('rowChunks').delete(IDBKeyRange.bound([id, 0], [id, Infinity])),
    ...keys.map((key) => tx.objectStore('outcomes').delete(key)),
    tx.done,
  ])
  storedRows.delete(id)
}
