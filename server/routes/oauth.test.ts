import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { secretsMatch } from '../domain/tokens.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'none' })
})
afterAll(() => server.close())

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()

async function token(init: { headers?: Record<string, string>; body?: string; json?: boolean }) {
  const res = await fetch(`${server.apiRoot}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': init.json ? 'application/json' : 'application/x-www-form-urlencoded', ...init.headers },
    body: init.body,
  })
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> }
}

describe('POST /oauth/token', () => {
  it('issues a 30-minute bearer token for Basic credentials and a form body', async () => {
    const res = await token({ headers: { authorization: basic('255901', '255901') }, body: form({ grant_type: 'client_credentials' }) })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.body).toEqual({ access_token: expect.stringMatching(/^[0-9a-f]{32}$/), expires_in: 1800, token_type: 'bearer' })
  })

  it('accepts credentials in a JSON body', async () => {
    const body = JSON.stringify({ grant_type: 'client_credentials', client_id: 'RvcohKz9zHI4', client_secret: 'E1iEFusaNf81xzCxwHfbolkC' })
    const res = await token({ body, json: true })
    expect(res.status).toBe(200)
    expect(res.body.access_token).toBeTypeOf('string')
  })

  it('accepts credentials as form fields', async () => {
    const res = await token({ body: form({ grant_type: 'client_credentials', client_id: '255901001', client_secret: '255901001' }) })
    expect(res.status).toBe(200)
  })

  it.each([
    ['an unknown key', basic('non-existing-key', 'non-existing-password'), 401, 'invalid_client'],
    ['a wrong secret', basic('255901', 'non-existing-password'), 401, 'invalid_client'],
    ['an empty key and secret', basic('', ''), 401, 'invalid_request'],
    ['a malformed Basic header', 'Basic Test Test', 400, 'invalid_request'],
    ['another authorization scheme', 'Test Test', 401, 'invalid_client'],
  ])('rejects %s as Ed-Fi does', async (_name, authorization, status, error) => {
    const res = await token({ headers: { authorization }, body: form({ grant_type: 'client_credentials' }) })
    expect(res.status).toBe(status)
    expect(res.body).toEqual({ error })
  })

  it('rejects other grant types before looking at credentials', async () => {
    const res = await token({ headers: { authorization: 'Test Test' }, body: form({ grant_type: 'server_credentials' }) })
    expect(res).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } })
  })

  it('narrows a token to a requested scope the client owns and echoes it', async () => {
    const res = await token({
      headers: { authorization: basic('255901', '255901') },
      body: form({ grant_type: 'client_credentials', scope: '255901' }),
    })
    expect(res).toMatchObject({ status: 200, body: { scope: '255901' } })
  })

  it.each([
    ['343', "The client is not explicitly associated with the EducationOrganizationId specified in the requested 'scope'."],
    [
      'test',
      "The supplied 'scope' was not a number (it should be an EducationOrganizationId that is explicitly associated with the client).",
    ],
  ])('rejects scope %s with invalid_scope', async (scope, description) => {
    const res = await token({
      headers: { authorization: basic('255901', '255901') },
      body: form({ grant_type: 'client_credentials', scope }),
    })
    expect(res).toEqual({ status: 400, headers: expect.anything(), body: { error: 'invalid_scope', error_description: description } })
  })
})

describe('bearer tokens on protected routes', () => {
  const sessions = () => `${server.apiRoot}/data/v3/ed-fi/sessions`

  it.each([
    [undefined, 'Authorization header is missing.'],
    ['Basic abc', 'Unknown Authorization header scheme.'],
    ['Bearer', 'Missing Authorization header bearer token value.'],
    ['Bearer not-a-token', 'Invalid Authorization header.'],
  ])('answers %s with the Ed-Fi 401 problem', async (authorization, error) => {
    const res = await fetch(sessions(), { headers: { ...(authorization ? { authorization } : {}), 'correlation-id': 'abc-123' } })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toEqual({
      detail: 'The caller could not be authenticated.',
      type: 'urn:ed-fi:api:security:authentication',
      title: 'Authentication Failed',
      status: 401,
      correlationId: 'abc-123',
      errors: [error],
    })
  })

  it('refuses an expired token', async () => {
    const fresh = await token({ headers: { authorization: basic('255901', '255901') }, body: form({ grant_type: 'client_credentials' }) })
    server.app.ctx.tokens.expireAll()
    const res = await fetch(sessions(), { headers: { authorization: `Bearer ${String(fresh.body.access_token)}` } })
    expect(res.status).toBe(401)
    expect(((await res.json()) as { errors: string[] }).errors).toEqual(['Invalid Authorization header.'])
  })
})

describe('token limits', () => {
  it('keeps at most 100 live tokens per client: the oldest stops working, the newest works', async () => {
    const issue = async () => {
      const res = await fetch(`${server.apiRoot}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: '255901044', client_secret: '255901044' }),
      })
      return ((await res.json()) as { access_token: string }).access_token
    }
    const first = await issue()
    let last = first
    for (let i = 0; i < 100; i++) last = await issue()
    const read = (token: string) =>
      fetch(`${server.apiRoot}/data/v3/ed-fi/sessions?limit=1`, { headers: { authorization: `Bearer ${token}` } })
    expect((await read(first)).status).toBe(401)
    expect((await read(last)).status).toBe(200)
    expect((await server.api('data/v3/ed-fi/sessions?limit=1')).status).toBe(200)
  })

  it('compares secrets of any length without throwing', () => {
    expect(secretsMatch('255901', '255901')).toBe(true)
    expect(secretsMatch('255901', '25590')).toBe(false)
    expect(secretsMatch('255901', 'x'.repeat(10_000))).toBe(false)
  })
})
