import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { HS, MS, SESSIONS, authorizationProblem, call, getSession, postSession, sessionBody } from '../testing/sessions-fixtures.ts'

// Relationship-based authorization: client 255901001 holds Grand Bend High School only, so it sees
// and writes only that school's sessions; the LEA client (255901) sees all of them.

const HIGH_SCHOOL_CLIENT = '255901001'
let server: TestServer
let hsId: string
let msId: string

beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
  hsId = (await postSession(server, sessionBody(server, { sessionName: 'Auth HS' }))).id
  await postSession(server, sessionBody(server, { sessionName: 'Auth HS 2', schoolYear: 2023 }))
  msId = (await postSession(server, sessionBody(server, { sessionName: 'Auth MS', schoolId: MS }))).id
})
afterAll(() => server.close())

const schoolsOf = (body: unknown) => (body as { schoolReference: { schoolId: number } }[]).map((s) => s.schoolReference.schoolId)

describe('authorization of GET /ed-fi/sessions', () => {
  it('lists and counts only the sessions of the client’s schools', async () => {
    const mine = await call(server, `${SESSIONS}?totalCount=true`, { client: HIGH_SCHOOL_CLIENT })
    expect(schoolsOf(mine.body)).toEqual([HS, HS])
    expect(mine.headers.get('total-count')).toBe('2')
    const filteredAway = await call(server, `${SESSIONS}?schoolId=${MS}&totalCount=true`, { client: HIGH_SCHOOL_CLIENT })
    expect(filteredAway.body).toEqual([])
    expect(filteredAway.headers.get('total-count')).toBe('0')
    expect(schoolsOf((await call(server, SESSIONS, { client: '255901044' })).body)).toEqual([MS])
    expect((await call(server, `${SESSIONS}?limit=0&totalCount=true`, { client: '255901' })).headers.get('total-count')).toBe('3')
  })

  it('answers 403 for another school’s session by id', async () => {
    expect((await call(server, `${SESSIONS}/${hsId}`, { client: HIGH_SCHOOL_CLIENT })).status).toBe(200)
    const res = await call(server, `${SESSIONS}/${msId}`, { client: HIGH_SCHOOL_CLIENT })
    expect(res.status).toBe(403)
    expect(res.body).toEqual(authorizationProblem('255901001'))
  })
})

describe('authorization of writes', () => {
  it('refuses a POST for another school (403) and creates nothing', async () => {
    const res = await call(server, SESSIONS, {
      method: 'POST',
      json: sessionBody(server, { sessionName: 'Intruder', schoolId: MS }),
      client: HIGH_SCHOOL_CLIENT,
    })
    expect(res.status).toBe(403)
    expect(res.body).toEqual(authorizationProblem('255901001'))
    expect((await call(server, `${SESSIONS}?sessionName=Intruder`)).body).toEqual([])
  })

  it('answers 403, not 409, for a school that does not exist', async () => {
    const res = await call(server, SESSIONS, { method: 'POST', json: sessionBody(server, { sessionName: 'Nowhere', schoolId: 999999 }) })
    expect(res.status).toBe(403)
    expect(res.body).toEqual(authorizationProblem('255901'))
  })

  it('refuses to move a session to a school the client may not access; the key stays (Postman AuthorizationTests)', async () => {
    const res = await call(server, `${SESSIONS}/${hsId}`, {
      method: 'PUT',
      json: sessionBody(server, { sessionName: 'Auth HS', schoolId: MS }),
      client: HIGH_SCHOOL_CLIENT,
    })
    expect(res.status).toBe(403)
    expect(res.body).toEqual(authorizationProblem('255901001'))
    expect((await getSession(server, hsId, HIGH_SCHOOL_CLIENT)).schoolReference).toMatchObject({ schoolId: HS })
  })

  it('refuses PUT and DELETE of another school’s session', async () => {
    const put = await call(server, `${SESSIONS}/${msId}`, {
      method: 'PUT',
      json: sessionBody(server, { sessionName: 'Auth MS', schoolId: HS }),
      client: HIGH_SCHOOL_CLIENT,
    })
    expect(put.status).toBe(403)
    const del = await call(server, `${SESSIONS}/${msId}`, { method: 'DELETE', client: HIGH_SCHOOL_CLIENT })
    expect(del.status).toBe(403)
    expect(del.body).toEqual(authorizationProblem('255901001'))
    expect((await getSession(server, msId)).sessionName).toBe('Auth MS')
  })

  it('lets the client write its own school’s sessions', async () => {
    const created = await postSession(server, sessionBody(server, { sessionName: 'Mine' }), HIGH_SCHOOL_CLIENT)
    expect((await call(server, `${SESSIONS}/${created.id}`, { method: 'DELETE', client: HIGH_SCHOOL_CLIENT })).status).toBe(204)
  })
})
