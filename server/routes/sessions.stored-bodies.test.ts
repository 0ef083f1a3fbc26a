import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedSessionBody } from '../db/session-bodies-repo.ts'
import { ageStoredBodies, courseOfferingSessionKey, insertCourseOffering, renameGradingPeriod } from '../db/session-fixtures-repo.ts'
import { findSessionById, findSessionsByIds } from '../db/sessions-repo.ts'
import { sessionBody as builtBody, SESSION_BODY_VERSION } from '../domain/session-bodies.ts'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { call, postSession, SESSIONS, sessionBody } from '../testing/sessions-fixtures.ts'

// The collection GET serves each session's stored body: after every kind of write the stored
// text must equal what the API serves and what a fresh serialization of the rows gives.

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'demo', pageCache: false })
})
afterAll(() => server.close())

const db = () => server.app.ctx.db
const fresh = (id: string) => builtBody(findSessionById(db(), id)!)
const stored = (id: string) => storedSessionBody(db(), findSessionById(db(), id)!.sessionId)
const servedPage = async (id: string, headers: Record<string, string> = {}) =>
  (await call(server, `${SESSIONS}?id=${id}`, { headers })).text

async function expectConsistent(id: string, etag?: string): Promise<Record<string, unknown>> {
  const body = stored(id)
  expect(body).toBe(fresh(id))
  expect(await servedPage(id)).toBe(`[${body}]`)
  const item = await call<Record<string, unknown>>(server, `${SESSIONS}/${id}`)
  expect(JSON.parse(body!)).toEqual(item.body)
  if (etag) expect(item.body._etag).toBe(etag)
  return item.body
}

const post = (json: unknown) => call(server, SESSIONS, { method: 'POST', json })
const put = (id: string, json: unknown) => call(server, `${SESSIONS}/${id}`, { method: 'PUT', json })
const etagOf = (reply: { headers: Headers }) => reply.headers.get('etag')!.replaceAll('"', '')

describe('stored session bodies', () => {
  it('serves the whole demo page as the stored bodies, each equal to a fresh serialization', async () => {
    const page = await call<{ id: string }[]>(server, `${SESSIONS}?limit=500`)
    const sessions = findSessionsByIds(
      db(),
      page.body.map((s) => findSessionById(db(), s.id)!.sessionId),
    )
    expect(page.body.length).toBeGreaterThan(100)
    expect(page.text).toBe(`[${sessions.map(builtBody).join(',')}]`)
  })

  it('stores the body of a POST create, with its references and the ETag the POST answered', async () => {
    const { id, etag } = await postSession(
      server,
      sessionBody(server, { sessionName: 'Stored Create', gradingPeriods: 2, academicWeeks: 2 }),
    )
    const body = await expectConsistent(id, etag)
    expect(body.gradingPeriods).toHaveLength(2)
    expect(body.academicWeeks).toHaveLength(2)
  })

  it('rewrites it on a POST upsert that updates, and on a PUT', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Stored Upsert', gradingPeriods: 1 }))
    const upsert = await post(sessionBody(server, { sessionName: 'Stored Upsert', totalInstructionalDays: 12, academicWeeks: 1 }))
    expect(upsert.status).toBe(200)
    expect(await expectConsistent(id, etagOf(upsert))).toMatchObject({ totalInstructionalDays: 12, gradingPeriods: [] })
    const replaced = await put(id, sessionBody(server, { sessionName: 'Stored Upsert', totalInstructionalDays: 13, gradingPeriods: 2 }))
    expect(replaced.status).toBe(204)
    expect(await expectConsistent(id, etagOf(replaced))).toMatchObject({ totalInstructionalDays: 13, academicWeeks: [] })
  })

  it('rewrites it on a key change whose course offerings follow by cascade', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Stored Key Old' }))
    const offering = insertCourseOffering(
      db(),
      { schoolId: 255901001, schoolYear: 2022, sessionName: 'Stored Key Old' },
      `K-${randomUUID().slice(0, 6)}`,
      randomUUID().replaceAll('-', ''),
    )
    const replaced = await put(id, sessionBody(server, { sessionName: 'Stored Key New' }))
    expect(replaced.status).toBe(204)
    expect(await expectConsistent(id, etagOf(replaced))).toMatchObject({ sessionName: 'Stored Key New' })
    expect(courseOfferingSessionKey(db(), offering)).toMatchObject({ sessionName: 'Stored Key New' })
  })

  it('drops the body when a grading period it shows is renamed outside the API, and serves the new name', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Stored Renamed Period', gradingPeriods: 1 }))
    const period = findSessionById(db(), id)!.gradingPeriods[0]!
    renameGradingPeriod(db(), period.resourceId, `${period.gradingPeriodName} (renamed)`)
    expect(stored(id)).toBeUndefined()
    const page = JSON.parse(await servedPage(id)) as { gradingPeriods: { gradingPeriodReference: { gradingPeriodName: string } }[] }[]
    expect(page[0]!.gradingPeriods[0]!.gradingPeriodReference.gradingPeriodName).toBe(`${period.gradingPeriodName} (renamed)`)
    expect(await servedPage(id)).toBe(`[${fresh(id)}]`)
  })

  it('removes the body with the session on DELETE', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Stored Delete' }))
    const sessionId = findSessionById(db(), id)!.sessionId
    expect((await call(server, `${SESSIONS}/${id}`, { method: 'DELETE' })).status).toBe(204)
    expect(storedSessionBody(db(), sessionId)).toBeUndefined()
  })

  it('serves the same bodies from a snapshot, also one whose bodies another serializer version wrote', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Stored Snapshot', gradingPeriods: 1 }))
    expect((await call(server, 'admin/snapshot', { method: 'POST' })).status).toBe(200)
    expect(await servedPage(id, { 'use-snapshot': 'true' })).toBe(`[${stored(id)}]`)
    ageStoredBodies(db(), 'older', findSessionById(db(), id)!.sessionId)
    expect((await call(server, 'admin/snapshot', { method: 'POST' })).status).toBe(200)
    ageStoredBodies(db(), SESSION_BODY_VERSION)
    expect(await servedPage(id, { 'use-snapshot': 'true' })).toBe(`[${fresh(id)}]`)
  })
})

describe('serializer version change', () => {
  it('rebuilds every stored body at the next start', async () => {
    const first = await startTestServer({ seed: 'demo', pageCache: false, snapshots: false })
    const { id } = await postSession(first, sessionBody(first, { sessionName: 'Stored Rebuild' }))
    const sessionId = findSessionById(first.app.ctx.db, id)!.sessionId
    ageStoredBodies(first.app.ctx.db, 'older', sessionId)
    expect(storedSessionBody(first.app.ctx.db, sessionId)).toBe('{}')
    await first.app.close()
    const second = await startTestServer({ dbPath: first.dbPath, seed: 'none', pageCache: false, snapshots: false })
    try {
      const rebuilt = storedSessionBody(second.app.ctx.db, sessionId)
      expect(rebuilt).toBe(builtBody(findSessionById(second.app.ctx.db, id)!))
      expect((await call(second, `${SESSIONS}?id=${id}`)).text).toBe(`[${rebuilt}]`)
    } finally {
      await second.close()
      rmSync(dirname(first.dbPath), { recursive: true, force: true })
    }
  })
})
