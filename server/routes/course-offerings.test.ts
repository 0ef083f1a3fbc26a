import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import {
  SESSIONS,
  authorizationProblem,
  call,
  dataValidationProblem,
  lockProblem,
  postSession,
  problem,
  sessionBody,
} from '../testing/sessions-fixtures.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'demo' })
})
afterAll(() => server.close())

const OFFERINGS = 'data/v3/ed-fi/courseOfferings'
type Offering = Record<string, unknown> & { id: string; _etag: string; sessionReference: { sessionName: string; schoolId: number } }
const list = (query: string, client?: string) => call<Offering[]>(server, `${OFFERINGS}?${query}`, { client })
const post = (json: unknown, client?: string) => call(server, OFFERINGS, { method: 'POST', json, client })
const idOf = (res: { headers: Headers }) => res.headers.get('location')!.split('/').pop()!

const offering = (sessionName: string, patch: Record<string, unknown> = {}) => ({
  localCourseCode: 'GEO-1',
  localCourseTitle: 'Geometry',
  courseReference: { courseCode: 'GEO-1', educationOrganizationId: 255901 },
  schoolReference: { schoolId: 255901001 },
  sessionReference: { schoolId: 255901001, schoolYear: 2022, sessionName },
  ...patch,
})

describe('GET /ed-fi/courseOfferings', () => {
  it('lists the seeded offerings with exact-match filters and session links', async () => {
    const res = await list(`localCourseCode=alg-1&schoolId=255901001&schoolYear=2025&totalCount=true`)
    expect(res.headers.get('total-count')).toBe('2')
    expect(res.body.map((o) => o.sessionReference.sessionName)).toEqual(['2024-2025 Fall Semester', '2024-2025 Spring Semester'])
    expect(Object.keys(res.body[0]!)).toEqual([
      'id',
      'localCourseCode',
      'courseReference',
      'schoolReference',
      'sessionReference',
      'localCourseTitle',
      '_etag',
      '_lastModifiedDate',
    ])
    expect(res.body[0]).toMatchObject({
      localCourseCode: 'ALG-1',
      localCourseTitle: 'Algebra I',
      courseReference: { courseCode: 'ALG-1', educationOrganizationId: 255901 },
      sessionReference: {
        schoolId: 255901001,
        schoolYear: 2025,
        link: { rel: 'Session', href: expect.stringMatching(/^\/ed-fi\/sessions\/[0-9a-f]{32}$/) },
      },
    })
    const bySession = await list(`sessionName=${encodeURIComponent('2024-2025 Fall Semester')}&schoolId=255901001`)
    expect(bySession.body.map((o) => o.localCourseCode)).toEqual(['ALG-1', 'ENG-9', 'BIO-1', 'USH-1'])
  })

  it("shows a school-only client only its school's offerings", async () => {
    const schools = async (client: string) => new Set((await list('limit=500', client)).body.map((o) => o.sessionReference.schoolId))
    expect(await schools('255901044')).toEqual(new Set([255901044]))
    expect(await schools('255901')).toEqual(new Set([255901001, 255901044]))
  })
})

describe('POST and DELETE /ed-fi/courseOfferings', () => {
  it('creates (201) against the session as stored, then upserts (200)', async () => {
    await postSession(server, sessionBody(server, { sessionName: 'Offering Term' }))
    const created = await post(offering('OFFERING TERM'))
    expect(created.status, created.text).toBe(201)
    const stored = await call<Offering>(server, `${OFFERINGS}/${idOf(created)}`)
    expect(stored.body.sessionReference.sessionName).toBe('Offering Term')
    expect(stored.headers.get('etag')).toBe(created.headers.get('etag'))
    const same = await post(offering('Offering Term'))
    expect([same.status, same.headers.get('etag')]).toEqual([200, created.headers.get('etag')])
    const retitled = await post(offering('Offering Term', { localCourseTitle: 'Geometry Honors' }))
    expect(retitled.status).toBe(200)
    expect(retitled.headers.get('etag')).not.toBe(created.headers.get('etag'))
  })

  it('answers 409 for a missing session or school, 400 for disagreeing school ids, 403 outside the claims', async () => {
    const noSession = await post(offering('No Such Term'))
    expect(noSession.body).toEqual(
      problem(
        409,
        'urn:ed-fi:api:data-conflict:unresolved-reference',
        'Unresolved Reference',
        "The referenced 'Session' item does not exist.",
      ),
    )
    const noSchool = await post(
      offering('x', { schoolReference: { schoolId: 1 }, sessionReference: { schoolId: 1, schoolYear: 2022, sessionName: 'x' } }),
    )
    expect(noSchool.body).toMatchObject({ status: 409, detail: "The referenced 'School' item does not exist." })
    const message =
      "All values supplied for 'schoolId' must match. Review all references and align the following conflicting values: '255901001', '255901044'"
    const split = await post(
      offering('2021-2022 Fall Semester', {
        sessionReference: { schoolId: 255901044, schoolYear: 2022, sessionName: '2021-2022 First Quarter' },
      }),
    )
    expect(split.body).toEqual(dataValidationProblem({ '$.schoolReference.schoolId': [message], '$.sessionReference.schoolId': [message] }))
    const partial = await post(offering('x', { sessionReference: { schoolId: 255901001 }, courseReference: undefined }))
    expect(partial.body).toEqual(
      dataValidationProblem({
        '$.courseReference': ['CourseReference is required.'],
        '$.sessionReference': ['SessionReference is missing the following properties: SchoolYear, SessionName'],
      }),
    )
    const forbidden = await post(offering('2021-2022 Fall Semester'), '255901044')
    expect(forbidden.body).toEqual(authorizationProblem('255901044'))
  })

  it('follows a session key change, blocks the session delete, and deletes with If-Match', async () => {
    const session = await postSession(server, sessionBody(server, { sessionName: 'Cascade Term' }))
    const created = await post(offering('Cascade Term', { localCourseCode: 'CHEM-1' }))
    const id = idOf(created)
    const renamed = await call(server, `${SESSIONS}/${session.id}`, {
      method: 'PUT',
      json: sessionBody(server, { sessionName: 'Cascade Term Renamed' }),
    })
    expect(renamed.status).toBe(204)
    expect((await call<Offering>(server, `${OFFERINGS}/${id}`)).body.sessionReference.sessionName).toBe('Cascade Term Renamed')

    const blocked = await call(server, `${SESSIONS}/${session.id}`, { method: 'DELETE' })
    expect(blocked.status).toBe(409)
    expect(blocked.body).toMatchObject({ type: 'urn:ed-fi:api:data-conflict:dependent-item-exists' })

    expect((await call(server, `${OFFERINGS}/${id}`, { method: 'DELETE', client: '255901044' })).body).toEqual(
      authorizationProblem('255901044'),
    )
    // The cascade leaves the offering's own etag as it was (here), so the creation etag still matches.
    const deleted = await call(server, `${OFFERINGS}/${id}`, { method: 'DELETE', headers: { 'if-match': created.headers.get('etag')! } })
    expect(deleted.status).toBe(204)
    expect((await call(server, `${OFFERINGS}/${id}`)).status).toBe(404)
    const again = await call(server, `${OFFERINGS}/${id}`, { method: 'DELETE' })
    expect(again.body).toEqual(problem(404, 'urn:ed-fi:api:not-found', 'Not Found', 'Resource to delete was not found.'))
    expect((await call(server, `${SESSIONS}/${session.id}`, { method: 'DELETE' })).status).toBe(204)
  })

  it('answers 412 for a stale If-Match and 400 for a malformed id', async () => {
    await postSession(server, sessionBody(server, { sessionName: 'Locked Term' }))
    const created = await post(offering('Locked Term'))
    await post(offering('Locked Term', { localCourseTitle: 'Changed' }))
    const stale = await call(server, `${OFFERINGS}/${idOf(created)}`, {
      method: 'DELETE',
      headers: { 'if-match': created.headers.get('etag')! },
    })
    expect(stale.body).toEqual(lockProblem())
    const malformed = await call(server, `${OFFERINGS}/abc`, { method: 'DELETE' })
    expect(malformed.body).toEqual(dataValidationProblem({ '$.id': ["The value 'abc' is not valid."] }))
    expect((await call(server, `${OFFERINGS}/${idOf(created)}`, { method: 'PUT', json: offering('Locked Term') })).status).toBe(405)
  })
})
