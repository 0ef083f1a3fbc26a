import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { HS, SESSIONS, call, sessionBody } from '../testing/sessions-fixtures.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

type Problem = { status: number; type: string; detail: string; errors?: string[]; validationErrors?: Record<string, string[]> }

describe('v7.3 request rules', () => {
  it('a POST body carrying id fails first with 400, whatever else is wrong', async () => {
    const res = await call<Problem>(server, SESSIONS, { method: 'POST', json: { id: 'abc', sessionName: 5 } })
    expect(res.status).toBe(400)
    expect(res.body.detail).toBe('The request data was constructed incorrectly.')
    expect(res.body.errors).toEqual([
      "Resource identifiers cannot be assigned by the client. The 'id' property should not be included in the request body.",
    ])
  })

  it.each([
    ['PUT', SESSIONS],
    ['POST', 'data/v3/ed-fi/staffSchoolAssociations'],
    ['DELETE', 'data/v3/ed-fi/students/0123456789abcdef0123456789abcdef'],
  ])('Use-Snapshot on %s %s answers the snapshots 405 before routing', async (method, path) => {
    const res = await call<Problem>(server, path, { method, json: {}, headers: { 'use-snapshot': 'true' } })
    expect(res.status).toBe(405)
    expect(res.body.type).toBe('urn:ed-fi:api:snapshots:method-not-allowed')
  })

  it('academic weeks read 1/1/0001 as a missing date', async () => {
    const body = {
      weekIdentifier: 'W1',
      schoolReference: { schoolId: HS },
      beginDate: '1/1/0001',
      endDate: '1/1/0001',
      totalInstructionalDays: 5,
    }
    const res = await call<Problem>(server, 'data/v3/ed-fi/academicWeeks', { method: 'POST', json: body })
    expect(res.status).toBe(400)
    expect(res.body.validationErrors).toMatchObject({ '$.beginDate': ['BeginDate is required.'], '$.endDate': ['EndDate is required.'] })
  })

  it('accepts application/json with a charset parameter on writes', async () => {
    const res = await call(server, SESSIONS, {
      method: 'POST',
      body: JSON.stringify(sessionBody(server, { sessionName: 'Charset Session' })),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    })
    expect(res.status).toBe(201)
  })

  it('uses the v7.2+ wording for dangerous text', async () => {
    const res = await call<Problem>(server, SESSIONS, { method: 'POST', json: sessionBody(server, { sessionName: 'a<b' }) })
    expect(res.status).toBe(400)
    expect(res.body.validationErrors?.['$.sessionName']).toEqual([
      'SessionName contains a value that could be dangerous for downstream systems using this data. ' +
        "Try to avoid the use of special symbols like '<', '>' or '&' without surrounding spaces.",
    ])
  })

  it.each(['deletes', 'keyChanges'])('/%s refuses limit=0 and limit=501', async (route) => {
    for (const limit of [0, 501]) {
      const res = await call<Problem>(server, `${SESSIONS}/${route}?limit=${limit}`)
      expect(res.status).toBe(400)
      expect(res.body.errors).toEqual(['Limit must be omitted or set to a value between 1 and 500.'])
    }
  })

  it('GET by an id that is no GUID is a 400 on $.id', async () => {
    const res = await call<Problem>(server, `${SESSIONS}/not-a-guid`)
    expect(res.status).toBe(400)
    expect(res.body.type).toBe('urn:ed-fi:api:bad-request:data-validation-failed')
    expect(res.body.validationErrors?.['$.id']?.[0]).toMatch(/^The value 'not-a-guid' is not valid/)
  })

  it('a token request with credentials both in Basic and in the body is invalid_client', async () => {
    const res = await fetch(`${server.apiRoot}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('255901:255901').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&client_id=255901&client_secret=255901',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'invalid_client' })
  })
})
