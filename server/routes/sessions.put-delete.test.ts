import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { courseOfferingSessionKey, insertCourseOffering } from '../db/session-fixtures-repo.ts'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import {
  HS,
  MS,
  SESSIONS,
  call,
  dataValidationProblem,
  getSession,
  lockProblem,
  postSession,
  problem,
  sessionBody,
} from '../testing/sessions-fixtures.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

const put = (id: string, json: unknown, headers: Record<string, string> = {}) =>
  call(server, `${SESSIONS}/${id}`, { method: 'PUT', json, headers })
const del = (id: string, headers: Record<string, string> = {}) => call(server, `${SESSIONS}/${id}`, { method: 'DELETE', headers })
const newest = async () =>
  (await call<{ newestChangeVersion: number }>(server, 'changeQueries/v1/availableChangeVersions')).body.newestChangeVersion
const offeringOf = (key: { schoolId: number; schoolYear: number; sessionName: string }) =>
  insertCourseOffering(server.app.ctx.db, key, `ALG-${randomUUID().slice(0, 6)}`, randomUUID().replaceAll('-', ''))

describe('PUT /ed-fi/sessions/{id}', () => {
  it('replaces the session: 204, new quoted ETag, Location; the id in the body is ignored', async () => {
    const { id, etag } = await postSession(server, sessionBody(server, { sessionName: 'Put Me', gradingPeriods: 2 }))
    const body = {
      ...sessionBody(server, { sessionName: 'Put Me', totalInstructionalDays: 70, academicWeeks: 1 }),
      id: 'ffffffffffffffffffffffffffffffff',
    }
    const res = await put(id, body, { 'if-match': `"${etag}"` })
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    expect(res.headers.get('location')).toBe(`${server.apiRoot}/data/v3/ed-fi/sessions/${id}`)
    const stored = await getSession(server, id)
    expect(res.headers.get('etag')).toBe(`"${stored._etag}"`)
    expect(stored._etag).not.toBe(etag)
    expect(stored).toMatchObject({ id, totalInstructionalDays: 70, gradingPeriods: [] })
    expect(stored.academicWeeks).toHaveLength(1)
  })

  it('keeps etag and change version when nothing changes', async () => {
    const body = sessionBody(server, { sessionName: 'Put Same', gradingPeriods: 1 })
    const { id, etag } = await postSession(server, body)
    const before = await newest()
    const res = await put(id, body)
    expect(res.status).toBe(204)
    expect(res.headers.get('etag')).toBe(`"${etag}"`)
    expect(await newest()).toBe(before)
  })

  it('answers 412 for a stale If-Match and 404 for an unknown id; nothing changes', async () => {
    const body = sessionBody(server, { sessionName: 'Put Locked' })
    const { id } = await postSession(server, body)
    const before = await getSession(server, id)
    const stale = await put(id, { ...body, totalInstructionalDays: 5 }, { 'if-match': '"5249999999999999999"' })
    expect(stale.status).toBe(412)
    expect(stale.body).toEqual(lockProblem())
    expect(await getSession(server, id)).toEqual(before)
    const missing = await put('0123456789abcdef0123456789abcdef', body)
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual(problem(404, 'urn:ed-fi:api:not-found', 'Not Found', 'Resource to update was not found.'))
  })

  it('answers the data-validation 400 for an empty body and for a route id that is no GUID', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Put Empty' }))
    const empty = await call(server, `${SESSIONS}/${id}`, { method: 'PUT', body: '', headers: { 'content-type': 'application/json' } })
    expect(empty.status).toBe(400)
    expect(empty.body).toEqual(dataValidationProblem({ $: ['A non-empty request body is required.'] }))
    const badId = await put('abc', sessionBody(server, { sessionName: 'Put Empty' }))
    expect(badId.body).toEqual(dataValidationProblem({ '$.id': ["The value 'abc' is not valid."] }))
  })

  it('changes the natural key: same id, course offerings follow, one keyChange is tracked', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'SESSION ONE' }))
    const offering = offeringOf({ schoolId: HS, schoolYear: 2022, sessionName: 'SESSION ONE' })
    const start = (await newest()) + 1
    const res = await put(id, sessionBody(server, { sessionName: 'SESSION TWO', schoolYear: 2023 }))
    expect(res.status).toBe(204)
    expect(await getSession(server, id)).toMatchObject({ id, sessionName: 'SESSION TWO', schoolYearTypeReference: { schoolYear: 2023 } })
    expect(courseOfferingSessionKey(server.app.ctx.db, offering)).toEqual({ schoolId: HS, schoolYear: 2023, sessionName: 'SESSION TWO' })
    const changes = await call(server, `${SESSIONS}/keyChanges?minChangeVersion=${start}`)
    expect(changes.body).toEqual([
      {
        id,
        changeVersion: await newest(),
        oldKeyValues: { sessionName: 'SESSION ONE', schoolId: HS, schoolYear: 2022 },
        newKeyValues: { sessionName: 'SESSION TWO', schoolId: HS, schoolYear: 2023 },
      },
    ])
  })

  it('answers 409 when the new natural key belongs to another session', async () => {
    await postSession(server, sessionBody(server, { sessionName: 'Taken Key' }))
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Free Key' }))
    const res = await put(id, sessionBody(server, { sessionName: 'taken key' }))
    expect(res.status).toBe(409)
    expect(res.body).toEqual(
      problem(
        409,
        'urn:ed-fi:api:data-conflict:non-unique-identity',
        'Identifying Values Are Not Unique',
        'The identifying value(s) of the item are the same as another item that already exists.',
        {
          errors: [
            `A primary key conflict occurred when attempting to create or update a record in the 'Session' table. The duplicate key is (SchoolId, SchoolYear, SessionName) = (${HS}, 2022, taken key).`,
          ],
        },
      ),
    )
    expect((await getSession(server, id)).sessionName).toBe('Free Key')
  })

  it('moves a session to another school the client may write (LEA client)', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Mover' }))
    expect((await put(id, sessionBody(server, { sessionName: 'Mover', schoolId: MS }))).status).toBe(204)
    expect((await getSession(server, id)).schoolReference).toMatchObject({ schoolId: MS })
  })
})

describe('DELETE /ed-fi/sessions/{id}', () => {
  it('deletes: 204, then 404 on GET and on a second DELETE; a tombstone appears in /deletes', async () => {
    const { id, etag } = await postSession(server, sessionBody(server, { sessionName: 'Delete Me', gradingPeriods: 1, academicWeeks: 1 }))
    const start = (await newest()) + 1
    const res = await del(id, { 'if-match': etag })
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    expect((await call(server, `${SESSIONS}/${id}`)).status).toBe(404)
    const again = await del(id)
    expect(again.status).toBe(404)
    expect(again.body).toEqual(problem(404, 'urn:ed-fi:api:not-found', 'Not Found', 'Resource to delete was not found.'))
    const deletes = await call(server, `${SESSIONS}/deletes?minChangeVersion=${start}`)
    expect(deletes.body).toEqual([{ id, changeVersion: start, keyValues: { sessionName: 'Delete Me', schoolId: HS, schoolYear: 2022 } }])
    expect(await newest()).toBe(start)
  })

  it('answers 412 for a stale If-Match and 409 while a course offering refers to the session', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Keep Me' }))
    const stale = await del(id, { 'if-match': '"InvalidETAG"' })
    expect(stale.status).toBe(412)
    expect(stale.body).toEqual(lockProblem())
    offeringOf({ schoolId: HS, schoolYear: 2022, sessionName: 'Keep Me' })
    const before = await newest()
    const referenced = await del(id)
    expect(referenced.status).toBe(409)
    expect(referenced.body).toEqual(
      problem(
        409,
        'urn:ed-fi:api:data-conflict:dependent-item-exists',
        'Dependent Item Exists',
        "The requested action cannot be performed because this item is referenced by an existing 'CourseOffering' item.",
      ),
    )
    expect((await call(server, `${SESSIONS}/${id}`)).status).toBe(200)
    expect(await newest()).toBe(before)
  })

  it('answers 405 for Use-Snapshot and 400 for an id that is no GUID', async () => {
    const { id } = await postSession(server, sessionBody(server, { sessionName: 'Snapshot Delete' }))
    expect((await del(id, { 'use-snapshot': 'true' })).status).toBe(405)
    expect((await put(id, sessionBody(server, { sessionName: 'Snapshot Delete' }), { 'use-snapshot': 'true' })).status).toBe(405)
    expect((await call(server, `${SESSIONS}/${id}`)).status).toBe(200)
    expect((await del('xyz')).body).toEqual(dataValidationProblem({ '$.id': ["The value 'xyz' is not valid."] }))
  })
})
