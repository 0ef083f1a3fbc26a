import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gradingPeriodsOf } from '../db/session-fixtures-repo.ts'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import {
  HS,
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

const post = (json: unknown, headers: Record<string, string> = {}) => call(server, SESSIONS, { method: 'POST', json, headers })
const newest = async () =>
  (await call<{ newestChangeVersion: number }>(server, 'changeQueries/v1/availableChangeVersions')).body.newestChangeVersion

describe('POST /ed-fi/sessions', () => {
  it('creates: 201, empty body, absolute Location with the new id, quoted ETag', async () => {
    const res = await post(sessionBody(server, { sessionName: 'Create Me', gradingPeriods: 2, academicWeeks: 2 }))
    expect(res.status).toBe(201)
    expect(res.text).toBe('')
    expect(res.headers.get('location')).toMatch(new RegExp(`^${server.apiRoot}/data/v3/ed-fi/sessions/[0-9a-f]{32}$`))
    const id = res.headers.get('location')!.split('/').pop()!
    const stored = await getSession(server, id)
    expect(res.headers.get('etag')).toBe(`"${stored._etag}"`)
    expect(stored).toMatchObject({ sessionName: 'Create Me', totalInstructionalDays: 81 })
    expect(stored.gradingPeriods).toHaveLength(2)
    expect(stored.academicWeeks).toHaveLength(2)
  })

  it('updates the session with the same natural key (case-insensitive): 200, same id, new etag and change version', async () => {
    const { id, etag } = await postSession(server, sessionBody(server, { sessionName: 'Upsert Me', gradingPeriods: 2 }))
    const before = await newest()
    const res = await post(sessionBody(server, { sessionName: 'UPSERT ME', totalInstructionalDays: 77, academicWeeks: 1 }))
    expect(res.status).toBe(200)
    expect(res.text).toBe('')
    expect(res.headers.get('location')).toBe(`${server.apiRoot}/data/v3/ed-fi/sessions/${id}`)
    const stored = await getSession(server, id)
    expect(res.headers.get('etag')).toBe(`"${stored._etag}"`)
    expect(stored._etag).not.toBe(etag)
    // The key keeps its stored spelling; everything else is replaced, collections included.
    expect(stored).toMatchObject({ sessionName: 'Upsert Me', totalInstructionalDays: 77, gradingPeriods: [] })
    expect(stored.academicWeeks).toHaveLength(1)
    expect(await newest()).toBe(before + 1)
  })

  it('changes nothing when the body equals the stored session (collections compared as sets)', async () => {
    const body = sessionBody(server, { sessionName: 'Unchanged', gradingPeriods: 2, academicWeeks: 2 })
    const { id } = await postSession(server, body)
    const stored = await getSession(server, id)
    const before = await newest()
    const reordered = {
      ...body,
      termDescriptor: 'URI://ED-FI.ORG/TermDescriptor#fall semester',
      gradingPeriods: [...(body.gradingPeriods as unknown[])].reverse(),
      academicWeeks: [...(body.academicWeeks as unknown[])].reverse(),
    }
    const res = await post(reordered, { 'if-match': `"${stored._etag}"` })
    expect(res.status).toBe(200)
    expect(res.headers.get('etag')).toBe(`"${stored._etag}"`)
    expect(await getSession(server, id)).toEqual(stored)
    expect(await newest()).toBe(before)
    expect((await call(server, `${SESSIONS}?minChangeVersion=${before + 1}`)).body).toEqual([])
  })

  it('honours If-Match when the POST updates: 412 on mismatch, 400 for a number that is no DateTime', async () => {
    const body = sessionBody(server, { sessionName: 'Locked Upsert' })
    const { etag } = await postSession(server, body)
    const changed = { ...body, totalInstructionalDays: 1 }
    const stale = await post(changed, { 'if-match': '"5249999999999999999"' })
    expect(stale.status).toBe(412)
    expect(stale.body).toEqual(lockProblem())
    expect((await post(changed, { 'if-match': '"InvalidETAG"' })).status).toBe(412)
    const invalid = await post(changed, { 'if-match': '-1' })
    expect(invalid.status).toBe(400)
    expect(invalid.body).toEqual(
      problem(
        400,
        'urn:ed-fi:api:bad-request:parameter-validation-failed',
        'Parameter Validation Failed',
        'An invalid value was provided for use in detecting changes applied by other users.',
        {
          errors: ['An invalid ETag value was provided that could not be processed back into a Date/Time value.'],
        },
      ),
    )
    expect((await post(changed, { 'if-match': etag })).status).toBe(200)
    // A create has nothing to compare with: If-Match does not stop it.
    expect((await post(sessionBody(server, { sessionName: 'Locked New' }), { 'if-match': '"1"' })).status).toBe(201)
  })

  it.each<[string, (gradingPeriodDescriptor: string) => Record<string, unknown>]>([
    ['SchoolYearType', () => ({ schoolYearTypeReference: { schoolYear: 1990 } })],
    [
      'GradingPeriod',
      (gradingPeriodDescriptor) => ({
        gradingPeriods: [
          { gradingPeriodReference: { gradingPeriodDescriptor, gradingPeriodName: 'No Such Period', schoolId: HS, schoolYear: 2022 } },
        ],
      }),
    ],
    ['AcademicWeek', () => ({ academicWeeks: [{ academicWeekReference: { schoolId: HS, weekIdentifier: 'No Such Week' } }] })],
  ])('answers 409 when the referenced %s does not exist', async (entity, patch) => {
    // A seeded grading-period descriptor, so that only the grading period itself is missing.
    const descriptor = gradingPeriodsOf(server.app.ctx.db, HS)[0]!.gradingPeriodDescriptor
    const res = await post({ ...sessionBody(server, { sessionName: `Dangling ${entity}` }), ...patch(descriptor) })
    expect(res.status).toBe(409)
    expect(res.body).toEqual(
      problem(
        409,
        'urn:ed-fi:api:data-conflict:unresolved-reference',
        'Unresolved Reference',
        `The referenced '${entity}' item does not exist.`,
      ),
    )
    expect((await call(server, `${SESSIONS}?sessionName=Dangling ${entity}`)).body).toEqual([])
  })

  it('answers the validation 400 from session-validation (e.g. an unknown term descriptor)', async () => {
    const res = await post({ ...sessionBody(server, { sessionName: 'Bad Term' }), termDescriptor: 'uri://ed-fi.org/TermDescriptor#Nope' })
    expect(res.status).toBe(400)
    expect(res.body).toEqual(
      dataValidationProblem({ '$.termDescriptor': ["TermDescriptor value 'uri://ed-fi.org/TermDescriptor#Nope' does not exist."] }),
    )
  })
})

describe('POST request errors', () => {
  it('refuses a body with an id', async () => {
    for (const idMember of [{ id: 'b2f0c6c4d6b54c9e9a2f0f1f2e3d4c5b' }, { ID: '8d3e0f7a-1b2c-4d5e-8f90-a1b2c3d4e5f6' }]) {
      const res = await post({ ...sessionBody(server, { sessionName: 'With Id' }), ...idMember })
      expect(res.status).toBe(400)
      expect(res.body).toEqual(
        problem(
          400,
          'urn:ed-fi:api:bad-request:data-validation-failed',
          'Data Validation Failed',
          'The request data was constructed incorrectly.',
          {
            errors: [
              "Resource identifiers cannot be assigned by the client. The 'id' property should not be included in the request body.",
            ],
          },
        ),
      )
    }
  })

  it('refuses an empty body, and malformed JSON with the data-validation shell', async () => {
    const empty = await call(server, SESSIONS, { method: 'POST', body: '', headers: { 'content-type': 'application/json' } })
    expect(empty.status).toBe(400)
    expect(empty.body).toEqual(
      problem(400, 'urn:ed-fi:api:bad-request', 'Bad Request', "The request could not be processed. See 'errors' for details.", {
        errors: ['A non-empty request body is required.'],
      }),
    )
    const malformed = await call<{ validationErrors: Record<string, string[]> }>(server, SESSIONS, {
      method: 'POST',
      body: '{"sessionName": ',
    })
    expect(malformed.status).toBe(400)
    expect(malformed.body).toEqual(dataValidationProblem({ $: [expect.any(String)] }))
  })

  it.each([
    [undefined, "The 'Content-Type' header is missing."],
    ['text/plain', "The value specified in the 'Content-Type' header is not supported by this host."],
  ])('answers 415 for Content-Type %s', async (type, error) => {
    const headers = new Headers({ authorization: `Bearer ${await server.token()}` })
    if (type) headers.set('content-type', type)
    const res = await fetch(`${server.apiRoot}/${SESSIONS}`, { method: 'POST', headers, body: type ? '{}' : undefined })
    expect(res.status).toBe(415)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toEqual(
      problem(415, 'urn:ed-fi:api:unsupported-media-type', 'Unsupported Media Type', 'The request construction was invalid.', {
        errors: [error],
      }),
    )
  })

  it('answers 405 with Allow: GET for a write carrying Use-Snapshot (any value)', async () => {
    for (const value of ['true', 'false']) {
      const res = await post(sessionBody(server, { sessionName: 'Snapshot Write' }), { 'use-snapshot': value })
      expect(res.status).toBe(405)
      expect(res.headers.get('allow')).toBe('GET')
      expect(res.body).toEqual(
        problem(
          405,
          'urn:ed-fi:api:snapshots:method-not-allowed',
          'Method Not Allowed with Snapshots',
          'An attempt was made to modify data in a Snapshot, but this data is read-only.',
        ),
      )
    }
    expect((await call(server, `${SESSIONS}?sessionName=Snapshot Write`)).body).toEqual([])
  })

  it.each([
    [
      'POST',
      '/0123456789abcdef0123456789abcdef',
      'Resource items can only be updated using PUT. To "upsert" an item in the resource collection using POST, remove the "id" from the route.',
    ],
    [
      'PUT',
      '',
      'Resource collections cannot be replaced. To "upsert" an item in the collection, use POST. To update a specific item, use PUT and include the "id" in the route.',
    ],
    [
      'PUT',
      '/',
      'Resource collections cannot be replaced. To "upsert" an item in the collection, use POST. To update a specific item, use PUT and include the "id" in the route.',
    ],
    ['DELETE', '', 'Resource collections cannot be deleted. To delete a specific item, use DELETE and include the "id" in the route.'],
    ['PATCH', '', "The endpoint of the request does not support the 'PATCH' method."],
    ['PATCH', '/0123456789abcdef0123456789abcdef', "The endpoint of the request does not support the 'PATCH' method."],
    ['OPTIONS', '', "The endpoint of the request does not support the 'OPTIONS' method."],
  ])('%s /sessions%s -> 405', async (method, suffix, error) => {
    const res = await call(server, `${SESSIONS}${suffix}`, { method, ...(method === 'POST' || method === 'PUT' ? { json: {} } : {}) })
    expect(res.status).toBe(405)
    expect(res.body).toEqual(
      problem(405, 'urn:ed-fi:api:method-not-allowed', 'Method Not Allowed', 'The request construction was invalid.', { errors: [error] }),
    )
  })

  it('answers 405 to HEAD too (the ODS has no HEAD action)', async () => {
    expect((await call(server, SESSIONS, { method: 'HEAD' })).status).toBe(405)
  })
})
