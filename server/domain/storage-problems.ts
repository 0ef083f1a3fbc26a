import { Problem } from './problem.ts'

// SQLite failures that are about the storage, not the request: the caller is told what happened
// (a 503, retry later) instead of a bare 500, and nothing was written (each write is one transaction).
const STORAGE_FAILURES: Record<string, string> = {
  SQLITE_FULL: 'The server has run out of disk space for its database; nothing was saved.',
  SQLITE_READONLY: 'The database file is read-only; nothing was saved.',
  SQLITE_BUSY: 'The database is busy with another write; nothing was saved. Try again.',
  SQLITE_IOERR: 'The database file could not be read or written; nothing was saved.',
  SQLITE_CANTOPEN: 'The database file could not be opened; nothing was saved.',
  SQLITE_NOTADB: 'The database file is not a SQLite database; nothing was saved.',
  SQLITE_CORRUPT: 'The database file is damaged; nothing was saved.',
}

export function storageFailure(code: string | undefined): string | undefined {
  if (!code?.startsWith('SQLITE_')) return undefined
  const base = code.replace(/^(SQLITE_[A-Z]+).*$/, '$1')
  return STORAGE_FAILURES[base]
}

export function storageProblem(code: string | undefined): Problem | undefined {
  const detail = storageFailure(code)
  if (!detail) return undefined
  return new Problem({ status: 503, type: 'urn:ed-fi:api:system:storage-unavailable', title: 'Service Unavailable', detail })
}
