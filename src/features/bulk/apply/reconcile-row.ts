import { ApiError } from '../../../lib/api-error.ts'
import { getSession } from '../../../entities/sessions/get-session.ts'
import { listSessions } from '../../../entities/sessions/list-sessions.ts'
import { toSessionBody, type Session } from '../../../entities/sessions/session-schema.ts'
import { diffSessions } from '../plan/plan-diff.ts'
import type { PlanRow, RowOutcome } from '../plan/plan-types.ts'
import { CHANGED_SINCE_PLAN, DELETED_SINCE_PLAN } from './write-row.ts'

// The first run may have been cut off after the server applied a write but before its answer arrived:
// a row found written is recorded, never sent twice.

export type Reconciled = { send: true } | { send: false; outcome: RowOutcome }

const now = () => new Date().toISOString()
const SEND: Reconciled = { send: true }

async function findByKey(row: PlanRow, signal: AbortSignal): Promise<Session | undefined> {
  const { schoolId, schoolYear, sessionName } = row.key
  const page = await listSessions({ schoolId, schoolYear, sessionName, limit: 1, totalCount: false }, signal)
  return page.items[0]
}

async function findById(id: string, signal: AbortSignal): Promise<{ session: Session; etag: string } | undefined> {
  try {
    const found = await getSession(id, {}, signal)
    return found.notModified ? undefined : found
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined
    throw error
  }
}

export async function reconcileRow(row: PlanRow, signal: AbortSignal): Promise<Reconciled> {
  const done = (outcome: Omit<RowOutcome, 'n' | 'at'>): Reconciled => ({ send: false, outcome: { n: row.n, at: now(), ...outcome } })
  if (row.action === 'create') {
    const found = await findByKey(row, signal)
    if (!found) return SEND
    if (diffSessions(toSessionBody(found), row.next).length === 0)
      return done({ status: 'created', id: found.id, etag: found._etag, message: 'Found written when the batch was resumed.' })
    return done({ status: 'conflict', id: found.id, message: CHANGED_SINCE_PLAN })
  }
  const found = await findById(row.id!, signal)
  if (row.action === 'delete') {
    if (!found) return done({ status: 'deleted', id: row.id, message: 'Found deleted when the batch was resumed.' })
    return found.etag === row.etag ? SEND : done({ status: 'conflict', id: row.id, message: CHANGED_SINCE_PLAN })
  }
  if (!found) return done({ status: 'conflict', id: row.id, message: DELETED_SINCE_PLAN })
  if (found.etag === row.etag) return SEND
  if (diffSessions(toSessionBody(found.session), row.next).length === 0)
    return done({ status: 'updated', id: row.id, etag: found.etag, message: 'Found written when the batch was resumed.' })
  return done({ status: 'conflict', id: row.id, message: CHANGED_SINCE_PLAN })
}
