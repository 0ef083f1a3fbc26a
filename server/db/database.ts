import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { schemaSql, SCHEMA_VERSION } from './schema.ts'

export type Db = Database.Database

const statements = new WeakMap<Db, Map<string, Database.Statement>>()

export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let prepared = cache.get(sql)
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)))
  return prepared
}

/** synchronous=FULL: every acknowledged write survives a killed process (crash-restart test). */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true })
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
  if (!options.readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
  }
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  if (!options.readonly) migrate(db)
  return db
}

function migrate(db: Db): void {
  db.exec(schemaSql)
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('schemaVersion', String(SCHEMA_VERSION))
}

export function isEmpty(db: Db): boolean {
  const row = db.prepare('SELECT (SELECT COUNT(*) FROM schools) + (SELECT COUNT(*) FROM descriptors) AS n').get() as { n: number }
  return row.n === 0
}

export function nextChangeVersion(db: Db): number {
  const row = statement(db, 'UPDATE change_version_sequence SET value = value + 1 WHERE singleton = 1 RETURNING value').get() as {
    value: number
  }
  return row.value
}

export function currentChangeVersion(db: Db): number {
  return (statement(db, 'SELECT value FROM change_version_sequence WHERE singleton = 1').get() as { value: number }).value
}
