import type { Db } from './database.ts'
import { pageQuery, statement, type SessionListRequest } from './sessions-repo.ts'

export interface SessionBodyRow {
  sessionId: number
  body: string | null
}

/** The page's aggregate ids first, then their bodies: a deep OFFSET skips ids only, not 99,500 body lookups. */
function pageWithBodies(request: SessionListRequest, columns: string): { sql: string; params: (string | number)[] } {
  const ids = pageQuery('s.session_id FROM sessions s', request)
  return { sql: `SELECT ${columns} FROM (${ids.sql}) p LEFT JOIN session_bodies b ON b.session_id = p.session_id`, params: ids.params }
}

export function listSessionBodies(db: Db, request: SessionListRequest): SessionBodyRow[] {
  if (request.schoolIds.length === 0) return []
  const query = pageWithBodies(request, 'p.session_id AS sessionId, b.body')
  return statement(db, `${query.sql} ORDER BY p.session_id`).all(...query.params) as SessionBodyRow[]
}

export interface JoinedBodies {
  /** The page as a JSON array: the stored UTF-8 texts joined by SQLite, never decoded into JS strings. */
  page: Buffer
  lastSessionId: number | undefined
  missing: number
}

export function joinSessionBodies(db: Db, request: SessionListRequest): JoinedBodies {
  if (request.schoolIds.length === 0) return { page: Buffer.from('[]'), lastSessionId: undefined, missing: 0 }
  // The ordered page feeds the aggregate in session_id order; an ORDER BY inside group_concat
  // would copy all 500 bodies through a sorter for nothing (~1 ms a page).
  const query = pageWithBodies(
    request,
    `CAST('[' || coalesce(group_concat(b.body, ','), '') || ']' AS BLOB) AS page,
     max(p.session_id) AS lastSessionId, count(*) - count(b.body) AS missing`,
  )
  const row = statement(db, query.sql).get(...query.params) as { page: Buffer; lastSessionId: number | null; missing: number }
  return { page: row.page, lastSessionId: row.lastSessionId ?? undefined, missing: row.missing }
}

export function storeSessionBody(db: Db, sessionId: number, body: string): void {
  statement(db, 'INSERT OR REPLACE INTO session_bodies (session_id, body) VALUES (?, ?)').run(sessionId, body)
}

export function storedSessionBody(db: Db, sessionId: number): string | undefined {
  const row = statement(db, 'SELECT body FROM session_bodies WHERE session_id = ?').get(sessionId) as { body: string } | undefined
  return row?.body
}

export function sessionIdsWithoutBody(db: Db, afterSessionId: number, limit: number): number[] {
  const sql = `SELECT s.session_id AS id FROM sessions s
                WHERE s.session_id > ? AND NOT EXISTS (SELECT 1 FROM session_bodies b WHERE b.session_id = s.session_id)
                ORDER BY s.session_id LIMIT ?`
  return (statement(db, sql).all(afterSessionId, limit) as { id: number }[]).map((row) => row.id)
}

export function clearSessionBodies(db: Db): void {
  statement(db, 'DELETE FROM session_bodies').run()
}

export function storedBodyVersion(db: Db): string | undefined {
  const row = statement(db, "SELECT value FROM meta WHERE key = 'sessionBodyVersion'").get() as { value: string } | undefined
  return row?.value
}

export function setStoredBodyVersion(db: Db, version: string): void {
  statement(db, "INSERT OR REPLACE INTO meta (key, value) VALUES ('sessionBodyVersion', ?)").run(version)
}
