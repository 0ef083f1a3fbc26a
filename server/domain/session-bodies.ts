import type { Db } from '../db/database.ts'
import { SCHEMA_VERSION } from '../db/schema.ts'
import {
  clearSessionBodies,
  joinSessionBodies,
  listSessionBodies,
  sessionIdsWithoutBody,
  setStoredBodyVersion,
  storedBodyVersion,
  storeSessionBody,
} from '../db/session-bodies-repo.ts'
import { findSessionsByIds, listSessions, type SessionListRequest, type StoredSession } from '../db/sessions-repo.ts'
import { sessionJson } from './session-json.ts'

// Serialized session bodies kept in the database, as ODS/API 7.3 keeps each resource's body: a
// page of sessions is the stored JSON texts joined, not 500 rows read, mapped and stringified.
// Bump BODY_FORMAT whenever session-json.ts changes what it writes: every body is then rebuilt.
const BODY_FORMAT = 1
export const SESSION_BODY_VERSION = `${SCHEMA_VERSION}.${BODY_FORMAT}`

const REBUILD_BATCH = 1000
const servable = new WeakMap<Db, boolean>()

export const sessionBody = (session: StoredSession): string => JSON.stringify(sessionJson(session))

export function storeBodyOf(db: Db, sessionId: number): void {
  const session = findSessionsByIds(db, [sessionId])[0]
  if (session) storeSessionBody(db, sessionId, sessionBody(session))
}

export function ensureSessionBodies(db: Db): number {
  let built = 0
  db.transaction(() => {
    if (storedBodyVersion(db) !== SESSION_BODY_VERSION) {
      clearSessionBodies(db)
      setStoredBodyVersion(db, SESSION_BODY_VERSION)
    }
    for (
      let ids = sessionIdsWithoutBody(db, 0, REBUILD_BATCH);
      ids.length > 0;
      ids = sessionIdsWithoutBody(db, ids.at(-1)!, REBUILD_BATCH)
    ) {
      for (const session of findSessionsByIds(db, ids)) storeSessionBody(db, session.sessionId, sessionBody(session))
      built += ids.length
    }
  })()
  servable.set(db, true)
  return built
}

function bodiesServable(db: Db): boolean {
  let known = servable.get(db)
  if (known === undefined) servable.set(db, (known = storedBodyVersion(db) === SESSION_BODY_VERSION))
  return known
}

export interface BodyPage {
  body: Buffer
  lastSessionId: number | undefined
}

const joined = (bodies: string[]) => Buffer.from(`[${bodies.join(',')}]`)

export function readSessionBodies(db: Db, request: SessionListRequest): BodyPage {
  if (!bodiesServable(db)) {
    const sessions = listSessions(db, request)
    return { body: joined(sessions.map(sessionBody)), lastSessionId: sessions.at(-1)?.sessionId }
  }
  const stored = joinSessionBodies(db, request)
  if (stored.missing === 0) return { body: stored.page, lastSessionId: stored.lastSessionId }
  const rows = listSessionBodies(db, request)
  const missing = rows.filter((row) => row.body === null).map((row) => row.sessionId)
  const built = new Map(findSessionsByIds(db, missing).map((session) => [session.sessionId, sessionBody(session)]))
  return { body: joined(rows.map((row) => row.body ?? built.get(row.sessionId)!)), lastSessionId: rows.at(-1)?.sessionId }
}
