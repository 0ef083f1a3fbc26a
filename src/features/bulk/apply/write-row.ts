import { isAbortError } from '../../../lib/api-client.ts'
import { ApiError } from '../../../lib/api-error.ts'
import { emitSessionSaved } from '../../../entities/sessions/save-events.ts'
import { deleteSession, updateSession, upsertSession } from '../../../entities/sessions/write-session.ts'
import type { PlanRow, RowOutcome } from '../plan/plan-types.ts'

// Successes are announced like a single save, so per-session history shows bulk writes too. An answer
// that never arrived is no outcome: resuming reads the row again (reconcile-row.ts).

export const CHANGED_SINCE_PLAN = 'Changed by someone else since the plan, so it was not overwritten.'
export const DELETED_SINCE_PLAN = 'Deleted by someone else since the plan.'

const now = () => new Date().toISOString()

export async function writeRow(row: PlanRow, signal: AbortSignal): Promise<RowOutcome | undefined> {
  try {
    return await send(row, signal)
  } catch (error) {
    if (isAbortError(error) || signal.aborted) return undefined
    if (!(error instanceof ApiError)) throw error
    if (error.isNetwork) return undefined
    return failureOutcome(row, error)
  }
}

async function send(row: PlanRow, signal: AbortSignal): Promise<RowOutcome> {
  if (row.action === 'create') {
    const written = await upsertSession(row.next!, {}, signal)
    emitSessionSaved({
      kind: written.created ? 'created' : 'updated',
      id: written.id,
      before: undefined,
      after: row.next,
      etag: written.etag,
    })
    // 200 instead of 201: a session with this key appeared after the plan was made (POST is an upsert).
    const message = written.created
      ? undefined
      : 'A session with this name appeared after the plan was made; it now has the planned values.'
    return { n: row.n, status: written.created ? 'created' : 'updated', id: written.id, etag: written.etag, message, at: now() }
  }
  if (row.action === 'update') {
    const written = await updateSession(row.id!, row.next!, { ifMatch: row.etag! }, signal)
    emitSessionSaved({ kind: 'updated', id: written.id, before: row.current, after: row.next, etag: written.etag })
    return { n: row.n, status: 'updated', id: written.id, etag: written.etag, at: now() }
  }
  await deleteSession(row.id!, { ifMatch: row.etag! }, signal)
  emitSessionSaved({ kind: 'deleted', id: row.id!, before: row.current, after: undefined, etag: undefined })
  return { n: row.n, status: 'deleted', id: row.id, at: now() }
}

function failureOutcome(row: PlanRow, error: ApiError): RowOutcome {
  const base = { n: row.n, id: row.id, correlationId: error.correlationId, at: now() }
  if (error.status === 412) return { ...base, status: 'conflict', message: CHANGED_SINCE_PLAN }
  if (error.status === 404 && row.action !== 'create') return { ...base, status: 'conflict', message: DELETED_SINCE_PLAN }
  const words = [error.detail || error.title, ...error.errors, ...Object.values(error.validationErrors).flat()].filter(Boolean)
  return { ...base, status: 'failed', message: [...new Set(words)].join(' ') }
}

export function outcomeWithoutWrite(row: PlanRow): RowOutcome | undefined {
  if (row.action === 'unchanged') return { n: row.n, status: 'unchanged', id: row.id, at: now() }
  if (row.action === 'skip') return { n: row.n, status: 'skipped', id: row.id, message: 'Exists already: skipped.', at: now() }
  if (row.action === 'invalid') return { n: row.n, status: 'skipped', message: `Not sent: ${row.problems.join(' ')}`, at: now() }
  return undefined
}
