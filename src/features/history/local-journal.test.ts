import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { emitSessionSaved } from '../../entities/sessions/save-events.ts'
import type { SessionBody } from '../../entities/sessions/session-schema.ts'
import { listJournalEntries, onJournalWritten, startLocalJournal } from './local-journal.ts'
import { sessionBody, TERM } from '../../../test-support/builders.ts'

const body = (days: number, name = 'Journal Fall'): SessionBody =>
  sessionBody(name, { schoolYear: 2026, term: TERM.fallSemester, beginDate: '2025-08-20', endDate: '2025-12-19', days })

const demo = { apiRoot: 'http://127.0.0.1:8765/api', clientKey: 'RvcohKz9zHI4' }
const other = { apiRoot: 'https://api.ed-fi.org/v7.3/api', clientKey: 'RvcohKz9zHI4' }

/** Resolves once the journal has stored `count` entries. */
function written(count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0
    const stop = onJournalWritten(() => {
      if (++seen === count) {
        stop()
        resolve()
      }
    })
  })
}

describe('local journal', () => {
  it('keeps every save of a session with before and after, newest first, for the connection in use', async () => {
    let connection = demo
    const stop = startLocalJournal(() => connection)
    const stored = written(3)
    emitSessionSaved({ kind: 'created', id: 's1', before: undefined, after: body(80), etag: 'e1' })
    emitSessionSaved({ kind: 'updated', id: 's1', before: body(80), after: body(82), etag: 'e2' })
    connection = other
    emitSessionSaved({ kind: 'updated', id: 's1', before: body(82), after: body(90), etag: 'e3' })
    await stored
    stop()

    const entries = await listJournalEntries(demo, 's1')
    expect(entries.map((e) => [e.kind, e.etag, e.after?.totalInstructionalDays])).toEqual([
      ['updated', 'e2', 82],
      ['created', 'e1', 80],
    ])
    expect(entries[0]!.before?.totalInstructionalDays).toBe(80)
    // The same resource id on another API is another record: its saves stay apart.
    expect((await listJournalEntries(other, 's1')).map((e) => e.etag)).toEqual(['e3'])
  })

  it('records deletes, and nothing once stopped', async () => {
    const stop = startLocalJournal(() => demo)
    const stored = written(1)
    emitSessionSaved({ kind: 'deleted', id: 's2', before: body(70), after: undefined, etag: undefined })
    await stored
    stop()
    emitSessionSaved({ kind: 'updated', id: 's2', before: body(70), after: body(71), etag: 'late' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    const entries = await listJournalEntries(demo, 's2')
    expect(entries.map((e) => e.kind)).toEqual(['deleted'])
    expect(entries[0]!.before?.totalInstructionalDays).toBe(70)
  })
  it('keeps every save of a burst in the order confirmed, saves arriving while a write is under way too', async () => {
    const stop = startLocalJournal(() => demo)
    const stored = written(30)
    for (let i = 0; i < 30; i++) {
      emitSessionSaved({ kind: 'updated', id: 's3', before: body(i), after: body(i + 1), etag: `b${i}` })
      if (i % 4 === 0) await new Promise((resolve) => setTimeout(resolve, 0))
    }
    await stored
    stop()
    const entries = await listJournalEntries(demo, 's3')
    expect(entries.map((e) => e.etag)).toEqual(Array.from({ length: 30 }, (_, i) => `b${29 - i}`))
  })
})
