import { sessionKeyOf } from '../../../entities/sessions/session-schema.ts'
import type { Batch, PlanRow, RowOutcome } from './plan-types.ts'

// A row changed since the batch answers 412 and is listed.

export function buildUndoRows(batch: Batch, outcomes: ReadonlyMap<number, RowOutcome>): PlanRow[] {
  const rows: PlanRow[] = []
  for (const row of batch.rows) {
    const outcome = outcomes.get(row.n)
    const base = { n: rows.length + 1, notes: [`Row ${row.n} of the batch being undone.`], problems: [] }
    if (outcome?.status === 'created' && outcome.id && outcome.etag && row.next) {
      rows.push({ ...base, action: 'delete', key: sessionKeyOf(row.next), id: outcome.id, etag: outcome.etag, current: row.next })
    } else if (outcome?.status === 'updated' && outcome.id && outcome.etag && row.next) {
      // A create that met an existing session (200) overwrote something unknown: no before to restore.
      if (!row.current) continue
      rows.push({
        ...base,
        action: 'update',
        key: sessionKeyOf(row.current),
        id: outcome.id,
        etag: outcome.etag,
        current: row.next,
        next: row.current,
      })
    } else if (outcome?.status === 'deleted' && row.current) {
      rows.push({ ...base, action: 'create', key: sessionKeyOf(row.current), next: row.current })
    }
  }
  return rows
}

export function undoBatch(batch: Batch, outcomes: ReadonlyMap<number, RowOutcome>, id: string, at: string): Batch {
  return {
    id,
    kind: 'undo',
    title: `Undo: ${batch.title}`,
    connection: batch.connection,
    createdAt: at,
    state: 'planned',
    rows: buildUndoRows(batch, outcomes),
    undoOf: batch.id,
  }
}
