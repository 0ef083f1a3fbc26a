import type { Batch, PlanRow, RowOutcome } from '../plan/plan-types.ts'
import { reconcileRow } from './reconcile-row.ts'
import { outcomeWithoutWrite, writeRow } from './write-row.ts'

// No write is resent automatically. Outcomes are persisted in groups: an outcome lost with a closed tab
// only means that row is read again on resume.

export const DEFAULT_CONCURRENCY = 6

export interface ApplyOptions {
  batch: Batch
  known: ReadonlyMap<number, RowOutcome>
  /** The batch ran before: rows without an outcome may have been written, so each is read first. */
  checkFirst: boolean
  concurrency?: number
  signal: AbortSignal
  onOutcome: (outcome: RowOutcome) => void
  persist: (outcomes: RowOutcome[]) => Promise<void>
  flushMs?: number
}

export function openRows(batch: Batch, known: ReadonlyMap<number, RowOutcome>): PlanRow[] {
  return batch.rows.filter((row) => !known.has(row.n))
}

export async function applyBatch(options: ApplyOptions): Promise<void> {
  const { signal, onOutcome } = options
  const pending: RowOutcome[] = []
  let lastFlush = Date.now()
  // Flushes run one after another in the background: a write slot never waits for IndexedDB.
  let flushing = Promise.resolve()
  const flush = () => {
    lastFlush = Date.now()
    const group = pending.splice(0)
    flushing = flushing.then(() => options.persist(group))
    return flushing
  }
  const record = (outcome: RowOutcome) => {
    onOutcome(outcome)
    pending.push(outcome)
    if (Date.now() - lastFlush >= (options.flushMs ?? 250)) void flush()
  }

  const queue: PlanRow[] = []
  for (const row of openRows(options.batch, options.known)) {
    const settled = outcomeWithoutWrite(row)
    if (settled) record(settled)
    else queue.push(row)
  }

  const worker = async () => {
    for (let row = queue.shift(); row && !signal.aborted; row = queue.shift()) {
      if (options.checkFirst) {
        const checked = await reconcileRow(row, signal).catch(() => undefined)
        if (!checked) continue
        if (!checked.send) {
          record(checked.outcome)
          continue
        }
      }
      const outcome = await writeRow(row, signal)
      if (outcome) record(outcome)
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, worker))
  } finally {
    await flush()
  }
}
