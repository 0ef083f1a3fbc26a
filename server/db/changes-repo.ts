import type { Db } from './database.ts'

export interface TrackedKey {
  schoolId: number
  schoolYear: number
  sessionName: string
}

export interface ChangeWindow {
  minChangeVersion?: number
  maxChangeVersion?: number
}

export interface ChangePage extends ChangeWindow {
  schoolIds: readonly number[]
  offset: number
  limit: number
}

export interface DeleteRow {
  id: string
  changeVersion: number
  keyValues: TrackedKey
}

export interface KeyChangeRow {
  id: string
  changeVersion: number
  oldKeyValues: TrackedKey
  newKeyValues: TrackedKey
}

interface Clause {
  sql: string
  params: (string | number)[]
}

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ')
}

/** Like the ODS, authorization reads the tracked row's *old* SchoolId. */
function trackedWhere(kind: 'delete' | 'keyChange', page: ChangeWindow & { schoolIds: readonly number[] }): Clause {
  const parts = [`t.kind = ?`, `t.old_school_id IN (${placeholders(page.schoolIds)})`]
  const params: (string | number)[] = [kind, ...page.schoolIds]
  if (page.minChangeVersion !== undefined) {
    parts.push('t.change_version >= ?')
    params.push(page.minChangeVersion)
  }
  if (page.maxChangeVersion !== undefined) {
    parts.push('t.change_version <= ?')
    params.push(page.maxChangeVersion)
  }
  return { sql: parts.join(' AND '), params }
}

// A delete is hidden while a live session holds the same natural key (it was re-created).
const deletesFrom = `
  FROM tracked_session_changes t
  LEFT JOIN sessions s
    ON s.school_id = t.old_school_id AND s.school_year = t.old_school_year AND s.session_name = t.old_session_name`

export function listSessionDeletes(db: Db, page: ChangePage): DeleteRow[] {
  if (page.schoolIds.length === 0 || page.limit === 0) return []
  const where = trackedWhere('delete', page)
  const rows = db
    .prepare(
      `SELECT t.id, t.change_version, t.old_school_id, t.old_school_year, t.old_session_name ${deletesFrom}
        WHERE ${where.sql} AND s.session_id IS NULL
        ORDER BY t.change_version, t.tracked_change_id
        LIMIT ? OFFSET ?`,
    )
    .all(...where.params, page.limit, page.offset) as TrackedRow[]
  return rows.map((row) => ({ id: row.id, changeVersion: row.change_version, keyValues: oldKey(row) }))
}

export function countSessionDeletes(db: Db, page: ChangeWindow & { schoolIds: readonly number[] }): number {
  if (page.schoolIds.length === 0) return 0
  const where = trackedWhere('delete', page)
  const row = db.prepare(`SELECT COUNT(*) AS n ${deletesFrom} WHERE ${where.sql} AND s.session_id IS NULL`).get(...where.params) as {
    n: number
  }
  return row.n
}

// One row per resource id: its key before the window's first change and after its last (ODS "ChangeWindow").
function keyChangeWindowCte(where: Clause): string {
  return `WITH cw AS (
    SELECT t.id, MIN(t.change_version) AS initial_cv, MAX(t.change_version) AS final_cv
      FROM tracked_session_changes t
     WHERE ${where.sql}
     GROUP BY t.id)`
}

export function listSessionKeyChanges(db: Db, page: ChangePage): KeyChangeRow[] {
  if (page.schoolIds.length === 0 || page.limit === 0) return []
  const where = trackedWhere('keyChange', page)
  const rows = db
    .prepare(
      `${keyChangeWindowCte(where)}
      SELECT cw.id, cw.final_cv AS change_version,
             o.old_school_id, o.old_school_year, o.old_session_name,
             n.new_school_id, n.new_school_year, n.new_session_name
        FROM cw
        JOIN tracked_session_changes o ON o.kind = 'keyChange' AND o.change_version = cw.initial_cv AND o.id = cw.id
        JOIN tracked_session_changes n ON n.kind = 'keyChange' AND n.change_version = cw.final_cv AND n.id = cw.id
       ORDER BY cw.final_cv, cw.id
       LIMIT ? OFFSET ?`,
    )
    .all(...where.params, page.limit, page.offset) as TrackedRow[]
  return rows.map((row) => ({
    id: row.id,
    changeVersion: row.change_version,
    oldKeyValues: oldKey(row),
    newKeyValues: {
      schoolId: row.new_school_id!,
      schoolYear: row.new_school_year!,
      sessionName: row.new_session_name!,
    },
  }))
}

/** Total-Count counts resources whose key changed, not tracked key-change operations. */
export function countSessionKeyChanges(db: Db, page: ChangeWindow & { schoolIds: readonly number[] }): number {
  if (page.schoolIds.length === 0) return 0
  const where = trackedWhere('keyChange', page)
  const row = db.prepare(`${keyChangeWindowCte(where)} SELECT COUNT(*) AS n FROM cw`).get(...where.params) as { n: number }
  return row.n
}

interface TrackedRow {
  id: string
  change_version: number
  old_school_id: number
  old_school_year: number
  old_session_name: string
  new_school_id?: number | null
  new_school_year?: number | null
  new_session_name?: string | null
}

function oldKey(row: TrackedRow): TrackedKey {
  return { schoolId: row.old_school_id, schoolYear: row.old_school_year, sessionName: row.old_session_name }
}
