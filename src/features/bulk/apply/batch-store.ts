import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Batch, RowOutcome } from '../plan/plan-types.ts'

// Plans and per-row outcomes in IndexedDB, per connection, until the steward clears them: a batch
// cancelled or interrupted (closed tab, lost network) is resumed from what is stored here.

export const BULK_DB_NAME = 'edfi-steward-bulk'

interface StoredOutcome extends RowOutcome {
  batchId: string
}

interface BulkSchema extends DBSchema {
  batches: { key: string; value: Batch; indexes: { byConnection: string } }
  outcomes: { key: [string, number]; value: StoredOutcome; indexes: { byBatch: string } }
}

let opened: Promise<IDBPDatabase<BulkSchema>> | undefined

function database(): Promise<IDBPDatabase<BulkSchema>> {
  opened ??= openDB<BulkSchema>(BULK_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('batches', { keyPath: 'id' }).createIndex('byConnection', 'connection')
      db.createObjectStore('outcomes', { keyPath: ['batchId', 'n'] }).createIndex('byBatch', 'batchId')
    },
  })
  return opened
}

export async function saveBatch(batch: Batch): Promise<void> {
  await (await database()).put('batches', batch)
}

export async function loadBatch(id: string): Promise<Batch | undefined> {
  return (await database()).get('batches', id)
}

/** This connection's batches, newest first. */
export async function listBatches(connection: string): Promise<Batch[]> {
  const batches = await (await database()).getAllFromIndex('batches', 'byConnection', connection)
  return batches.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
}

/** Outcomes land in one transaction per call: the runner hands over every answer since the last flush. */
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
  const tx = db.transaction(['batches', 'outcomes'], 'readwrite')
  await Promise.all([tx.objectStore('batches').delete(id), ...keys.map((key) => tx.objectStore('outcomes').delete(key)), tx.done])
}
