import type { Db } from './database.ts'
import { statement } from './sessions-repo.ts'

// Reads and writes of the resources beside sessions. SQL names come only from constant specs;
// every value is bound.

export type FilterType = 'int' | 'text' | 'bool' | 'date' | 'guid'
export type SqlValue = string | number | null

export interface ReadSpec {
  select: string
  where?: string
  orderBy: string
  idColumn: string
  /** Column checked against the caller's schools; undefined: the resource is open to every client. */
  schoolColumn?: string
  /** Query parameter -> [SQL expression, type]. Text compares NOCASE (SQL Server's default collation). */
  filters: Record<string, readonly [string, FilterType]>
}

export interface RowQuery {
  filters: Record<string, SqlValue>
  schoolIds?: readonly number[]
  offset: number
  limit: number
}

function whereClause(spec: ReadSpec, query: Pick<RowQuery, 'filters' | 'schoolIds'>): { sql: string; params: SqlValue[] } {
  const parts: string[] = spec.where ? [spec.where] : []
  const params: SqlValue[] = []
  if (spec.schoolColumn) {
    parts.push(`${spec.schoolColumn} IN (SELECT value FROM json_each(?))`)
    params.push(JSON.stringify(query.schoolIds ?? []))
  }
  for (const [name, value] of Object.entries(query.filters)) {
    const filter = spec.filters[name]
    if (!filter || value === null) continue
    parts.push(filter[1] === 'text' ? `${filter[0]} = ? COLLATE NOCASE` : `${filter[0]} = ?`)
    params.push(value)
  }
  return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params }
}

export function listRows<T>(db: Db, spec: ReadSpec, query: RowQuery): T[] {
  const where = whereClause(spec, query)
  const sql = `${spec.select}${where.sql} ORDER BY ${spec.orderBy} LIMIT ? OFFSET ?`
  return statement(db, sql).all(...where.params, query.limit, query.offset) as T[]
}

export function countRows(db: Db, spec: ReadSpec, query: Pick<RowQuery, 'filters' | 'schoolIds'>): number {
  const where = whereClause(spec, query)
  return (statement(db, `SELECT COUNT(*) AS n FROM (${spec.select}${where.sql})`).get(...where.params) as { n: number }).n
}

export function findRowById<T>(db: Db, spec: ReadSpec, id: string): T | undefined {
  const where = spec.where ? ` WHERE ${spec.where} AND ${spec.idColumn} = ?` : ` WHERE ${spec.idColumn} = ?`
  return statement(db, `${spec.select}${where}`).get(id) as T | undefined
}

export interface RowWrite {
  table: string
  key: Record<string, SqlValue>
  values: Record<string, SqlValue>
}

export interface StoredVersion {
  id: string
  lastModifiedDate: string
  unchanged: boolean
}

export interface WriteStamp {
  lastModifiedDate: string
  changeVersion: number
}

const keyWhere = (write: RowWrite) =>
  Object.keys(write.key)
    .map((column) => `${column} = ?`)
    .join(' AND ')

export function findStored(db: Db, write: RowWrite): StoredVersion | undefined {
  const columns = Object.keys(write.values)
  const select = ['id', 'last_modified_date', ...columns].join(', ')
  const row = statement(db, `SELECT ${select} FROM ${write.table} WHERE ${keyWhere(write)}`).get(...Object.values(write.key)) as
    Record<string, SqlValue> | undefined
  if (!row) return undefined
  return {
    id: String(row.id),
    lastModifiedDate: String(row.last_modified_date),
    unchanged: columns.every((column) => (row[column] ?? null) === (write.values[column] ?? null)),
  }
}

export function insertRow(db: Db, write: RowWrite, id: string, stamp: WriteStamp): void {
  const columns = [...Object.keys(write.key), ...Object.keys(write.values), 'id', 'last_modified_date', 'change_version']
  const values = [...Object.values(write.key), ...Object.values(write.values), id, stamp.lastModifiedDate, stamp.changeVersion]
  statement(db, `INSERT INTO ${write.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(...values)
}

export function updateRow(db: Db, write: RowWrite, id: string, stamp: WriteStamp): void {
  const sets = [...Object.keys(write.values), 'last_modified_date', 'change_version'].map((column) => `${column} = ?`)
  const sql = `UPDATE ${write.table} SET ${sets.join(', ')} WHERE id = ?`
  statement(db, sql).run(...Object.values(write.values), stamp.lastModifiedDate, stamp.changeVersion, id)
}

export function deleteRowById(db: Db, table: string, id: string): void {
  statement(db, `DELETE FROM ${table} WHERE id = ?`).run(id)
}
