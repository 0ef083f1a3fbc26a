import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { onSessionSaved, type SessionSaveEvent } from '../../entities/sessions/save-events.ts'
import type { SessionBody } from '../../entities/sessions/session-schema.ts'

// The local change journal: every session save made through this app, with the record before and
// after, kept in IndexedDB per connection (API root + client key). It is the only place real
// before/after values of an update exist: Ed-Fi's change queries know what changed, not how.

export const JOURNAL_DB_NAME = 'edfi-steward-journal'

export interface ConnectionIdentity {
  apiRoot: string
  clientKey: string
}

export interface JournalEntry {
  /** Assigned by IndexedDB, increasing: the order saves were confirmed in this browser. */
  seq?: number
  connection: string
  sessionId: string
  kind: SessionSaveEvent['kind']
  before: SessionBody | undefined
  after: SessionBody | undefined
  etag: string | undefined
  at: string
}

interface JournalSchema extends DBSchema {
  entries: {
    key: number
    value: JournalEntry
    indexes: { bySession: [string, string] }
  }
}

export const journalConnectionKey = ({ apiRoot, clientKey }: ConnectionIdentity) => `${apiRoot}|${clientKey}`

let opened: Promise<IDBPDatabase<JournalSchema>> | undefined

function database(): Promise<IDBPDatabase<JournalSchema>> {
  opened ??= openDB<JournalSchema>(JOURNAL_DB_NAME, 1, {
    upgrade(db) {
      const store = db.createObjectStore('entries', { keyPath: 'seq', autoIncrement: true })
      store.createIndex('bySession', ['connection', 'sessionId'])
    },
  })
  return opened
}

const entryOf = (connection: ConnectionIdentity, event: SessionSaveEvent): JournalEntry => ({
  connection: journalConnectionKey(connection),
  sessionId: event.id,
  kind: event.kind,
  before: event.before,
  after: event.after,
  etag: event.etag,
  at: event.at,
})

/** Entries in one transaction, in the order given. */
async function addJournalEntries(entries: readonly JournalEntry[]): Promise<void> {
  const tx = (await database()).transaction('entries', 'readwrite')
  await Promise.all([...entries.map((entry) => tx.store.add(entry)), tx.done])
}

export async function listJournalEntries(connection: ConnectionIdentity, sessionId: string): Promise<JournalEntry[]> {
  const db = await database()
  const entries = await db.getAllFromIndex('entries', 'bySession', [journalConnectionKey(connection), sessionId])
  return entries.reverse()
}

const written = new Set<(sessionId: string) => void>()

export function onJournalWritten(listener: (sessionId: string) => void): () => void {
  written.add(listener)
  return () => written.delete(listener)
}

/**
 * Keeps the journal from now on: every save event is written for the connection in use at that
 * moment. Called once at composition; the returned function stops it (tests). Transactions run one
 * after another, so entries land in the order the saves were confirmed; saves confirmed while a
 * write is under way (a bulk batch answers dozens a second) join the next transaction, not one each.
 */
export function startLocalJournal(currentConnection: () => ConnectionIdentity): () => void {
  let writes = Promise.resolve()
  let nextGroup: JournalEntry[] | undefined
  return onSessionSaved((event) => {
    const entry = entryOf(currentConnection(), event)
    if (nextGroup) {
      nextGroup.push(entry)
      return
    }
    const group = (nextGroup = [entry])
    writes = writes.then(async () => {
      nextGroup = undefined
      try {
        await addJournalEntries(group)
        for (const { sessionId } of group) written.forEach((listener) => listener(sessionId))
      } catch (error) {
        // Private browsing may refuse IndexedDB: the save itself stands, only the local diff is lost.
        console.error('could not write the local change journal', error)
      }
    })
  })
}

export async function latestJournalEntries(
  connection: ConnectionIdentity,
  sessionIds: readonly string[],
): Promise<Record<string, { kind: JournalEntry['kind']; etag: string | undefined }>> {
  const found: Record<string, { kind: JournalEntry['kind']; etag: string | undefined }> = {}
  for (const id of sessionIds) {
    const [latest] = await listJournalEntries(connection, id)
    if (latest) found[id] = { kind: latest.kind, etag: latest.etag }
  }
  return found
}
