// The bulk engine against the REAL embedded Ed-Fi API: outcomes per row, 412 kept as a conflict,
// and resuming after lost answers without writing any row twice.
import { describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../../testing/connect.ts'
import { onSessionSaved, type SessionSaveEvent } from '../../../entities/sessions/save-events.ts'
import { listSessions } from '../../../entities/sessions/list-sessions.ts'
import { sessionKeyOf, type SessionBody } from '../../../entities/sessions/session-schema.ts'
import { updateSession, upsertSession } from '../../../entities/sessions/write-session.ts'
import type { Batch, PlanRow, RowOutcome } from '../plan/plan-types.ts'
import { buildUndoRows } from '../plan/undo-plan.ts'
import { applyBatch, openRows } from './apply-batch.ts'

const api = setUpEmbeddedApi()
const run = Date.now() % 1_000_000

const body = (name: string, days = 5): SessionBody => ({
  sessionName: `${name} ${run}`,
  schoolReference: { schoolId: 255901001 },
  schoolYearTypeReference: { schoolYear: 2019 },
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#MiniTerm',
  beginDate: '2019-01-07',
  endDate: '2019-01-11',
  totalInstructionalDays: days,
})

const creates = (prefix: string, count: number): PlanRow[] =>
  Array.from({ length: count }, (_, i) => {
    const next = body(`${prefix} ${i}`)
    return { n: i + 1, action: 'create', key: sessionKeyOf(next), next, notes: [], problems: [] }
  })

const batchOf = (rows: PlanRow[]): Batch => ({
  id: 'b',
  kind: 'import',
  title: 't',
  connection: 'c',
  createdAt: '',
  state: 'planned',
  rows,
})

async function apply(batch: Batch, known: Map<number, RowOutcome>, options: { checkFirst?: boolean; signal?: AbortSignal } = {}) {
  await applyBatch({
    batch,
    known,
    checkFirst: options.checkFirst ?? false,
    signal: options.signal ?? new AbortController().signal,
    onOutcome: (o) => known.set(o.n, o),
    persist: async () => {},
  })
  return known
}

async function countNamed(prefix: string): Promise<number> {
  const { items } = await listSessions({ schoolId: 255901001, schoolYear: 2019, limit: 500 })
  return items.filter((s) => s.sessionName.startsWith(prefix)).length
}

describe('applyBatch', () => {
  it('writes creates and updates, lists a 412 as a conflict without overwriting, and announces each save', async () => {
    const mine = await upsertSession(body('Mine'))
    const theirs = await upsertSession(body('Theirs'))
    await updateSession(theirs.id, body('Theirs', 9), { ifMatch: theirs.etag })
    const saved: SessionSaveEvent[] = []
    const stop = onSessionSaved((e) => saved.push(e))
    const rows: PlanRow[] = [
      ...creates('Fresh', 3),
      {
        n: 4,
        action: 'update',
        key: sessionKeyOf(body('Mine')),
        id: mine.id,
        etag: mine.etag,
        current: body('Mine'),
        next: body('Mine', 4),
        notes: [],
        problems: [],
      },
      {
        n: 5,
        action: 'update',
        key: sessionKeyOf(body('Theirs')),
        id: theirs.id,
        etag: theirs.etag,
        current: body('Theirs'),
        next: body('Theirs', 4),
        notes: [],
        problems: [],
      },
      { n: 6, action: 'unchanged', key: sessionKeyOf(body('Mine')), notes: [], problems: [] },
    ]
    const outcomes = await apply(batchOf(rows), new Map())
    stop()
    expect([...outcomes.values()].sort((a, b) => a.n - b.n).map((o) => o.status)).toEqual([
      'created',
      'created',
      'created',
      'updated',
      'conflict',
      'unchanged',
    ])
    expect(outcomes.get(5)!.message).toBe('Changed by someone else since the plan, so it was not overwritten.')
    const { items } = await listSessions({ sessionName: `Theirs ${run}`, schoolYear: 2019, limit: 1 })
    expect(items[0]!.totalInstructionalDays).toBe(9)
    expect(saved.map((e) => e.kind).sort()).toEqual(['created', 'created', 'created', 'updated'])
    // Undo: the creates deleted with the etag they got, the update put back with If-Match of its result.
    const undo = buildUndoRows(batchOf(rows), outcomes)
    expect(undo.map((r) => r.action)).toEqual(['delete', 'delete', 'delete', 'update'])
    expect(undo[3]!.next!.totalInstructionalDays).toBe(5)
  })

  it('resumes after an abort mid-run (answers lost, writes applied) without writing a row twice', async () => {
    const rows = creates('Resume', 12)
    await api.injectFault({ kind: 'delay', ms: 300, count: 100, method: 'POST', pathIncludes: 'sessions' })
    const abort = new AbortController()
    setTimeout(() => abort.abort(), 450)
    const known = await apply(batchOf(rows), new Map(), { signal: abort.signal })
    await fetch(`${api.apiRoot}/__faults`, { method: 'DELETE' })
    expect(openRows(batchOf(rows), known).length).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 400)) // the server finishes what it was sent
    const resumed = await apply(batchOf(rows), known, { checkFirst: true })
    expect([...resumed.values()].every((o) => o.status === 'created')).toBe(true)
    expect(resumed.size).toBe(12)
    expect(await countNamed('Resume')).toBe(12)
  })

  it('on resume, a row the server applied but whose answer was lost is recorded, not sent again', async () => {
    const rows = creates('Lost answer', 2)
    const written = await upsertSession(rows[0]!.next!) // as if the first run's answer never arrived
    const resumed = await apply(batchOf(rows), new Map(), { checkFirst: true })
    expect(resumed.get(1)).toMatchObject({
      status: 'created',
      id: written.id,
      etag: written.etag,
      message: 'Found written when the batch was resumed.',
    })
    expect(resumed.get(2)).toMatchObject({ status: 'created' })
    expect(resumed.get(2)!.message).toBeUndefined()
  })

  it('leaves a row whose connection broke open, and sends it on resume when the server never got it', async () => {
    const rows = creates('Dropped', 2)
    await api.injectFault({ kind: 'drop', count: 1, method: 'POST', pathIncludes: 'sessions' })
    const known = await apply(batchOf(rows), new Map())
    expect(known.size).toBe(1)
    const resumed = await apply(batchOf(rows), known, { checkFirst: true })
    expect([...resumed.values()].map((o) => o.status)).toEqual(['created', 'created'])
    expect(await countNamed('Dropped')).toBe(2)
  })
})
