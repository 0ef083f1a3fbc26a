import type Database from 'better-sqlite3'
import type { Db } from './database.ts'

export type DescriptorKind = 'TermDescriptor' | 'GradingPeriodDescriptor'

// namespace and code_value are COLLATE NOCASE, so "=" matches case-insensitively, as SQL Server's
// default collation does for the ODS. One prepared statement per connection.
const statements = new WeakMap<Db, Database.Statement<[string, string, string], { descriptor_id: number }>>()

export function findDescriptorId(db: Db, kind: DescriptorKind, uri: string): number | undefined {
  const hash = uri.indexOf('#')
  if (hash < 0) return undefined
  let statement = statements.get(db)
  if (!statement) {
    statement = db.prepare<[string, string, string], { descriptor_id: number }>(
      'SELECT descriptor_id FROM descriptors WHERE kind = ? AND namespace = ? AND code_value = ?',
    )
    statements.set(db, statement)
  }
  return statement.get(kind, uri.slice(0, hash), uri.slice(hash + 1))?.descriptor_id
}
