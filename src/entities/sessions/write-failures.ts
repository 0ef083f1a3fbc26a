import { ApiError } from '../../lib/api-error.ts'
import { getSession } from './get-session.ts'
import { listSessions } from './list-sessions.ts'
import { SessionConflictError, SessionNotFoundError, type ServerVersion } from './session-errors.ts'
import type { SessionKey } from './session-schema.ts'

export type WriteTarget = { id: string } | { key: SessionKey }

export async function toWriteError(error: unknown, target: WriteTarget): Promise<unknown> {
  if (!(error instanceof ApiError)) return error
  if (error.isConflict412) return new SessionConflictError(error, await readServerVersion(target))
  if (error.isNotFound && 'id' in target) return new SessionNotFoundError(error, target.id)
  return error
}

async function readServerVersion(target: WriteTarget): Promise<ServerVersion> {
  try {
    const id = 'id' in target ? target.id : await findIdByKey(target.key)
    if (id === undefined) return { state: 'deleted' }
    const answer = await getSession(id)
    if (answer.notModified) throw new Error('GET without If-None-Match answered 304')
    return { state: 'current', detail: { session: answer.session, etag: answer.etag } }
  } catch (error) {
    if (error instanceof ApiError && error.isNotFound) return { state: 'deleted' }
    if (error instanceof ApiError) return { state: 'unavailable', error }
    throw error
  }
}

async function findIdByKey(key: SessionKey): Promise<string | undefined> {
  const { items } = await listSessions({ ...key, limit: 1, totalCount: false })
  return items[0]?.id
}
