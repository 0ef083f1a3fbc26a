import { open } from 'node:fs/promises'
import type { Db } from './database.ts'

// Durable writes without a disk flush on the event loop. With synchronous=FULL, SQLite syncs the
// WAL inside every commit: the whole server stops for the disk (3-10 ms here) once per write, so
// writes that arrive together still finish one flush at a time. Instead the connection commits
// with synchronous=NORMAL (the WAL is written, not yet flushed) and a write is answered only after
// `durable()`: one fdatasync of the WAL in libuv's thread pool covers every write committed before
// it started. An answered write survives a killed process or a power loss, as with FULL.

export interface GroupCommit {
  /** Resolves once everything committed before the call is on disk. */
  durable(): Promise<void>
}

/** Batches callers onto flushes: each flush starts after the calls it answers, and one runs at a time. */
export function groupFlushes(flush: () => Promise<void>): GroupCommit {
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = []
  let flushing = false
  const drain = async () => {
    flushing = true
    while (waiting.length > 0) {
      const group = waiting
      waiting = []
      try {
        await flush()
        for (const caller of group) caller.resolve()
      } catch (error) {
        for (const caller of group) caller.reject(error)
      }
    }
    flushing = false
  }
  return {
    durable: () =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ resolve, reject })
        if (!flushing) void drain()
      }),
  }
}

async function syncFile(path: string): Promise<void> {
  const file = await open(path, 'r+').catch((error: NodeJS.ErrnoException) => {
    // No WAL file: nothing was written since the last checkpoint removed it.
    if (error.code === 'ENOENT') return undefined
    throw error
  })
  if (!file) return
  try {
    await file.datasync()
  } finally {
    await file.close()
  }
}

/** Switches a live database file to grouped flushes of its WAL; an in-memory database needs none. */
export function startGroupCommit(db: Db, dbPath: string): GroupCommit {
  if (dbPath === ':memory:' || db.memory) return { durable: () => Promise.resolve() }
  db.pragma('synchronous = NORMAL')
  return groupFlushes(() => syncFile(`${dbPath}-wal`))
}
