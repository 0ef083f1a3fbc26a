import { expect, type APIRequestContext } from '@playwright/test'

// API clients for e2e specs: the embedded server's published demo key and the LEA-wide client a
// colleague's tool would use. Specs use them to set data up and to read the truth they compare
// the browser with.

export const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 8799}`
export const SESSIONS = '/api/data/v3/ed-fi/sessions'

export interface Credentials {
  key: string
  secret: string
}

export const DEMO: Credentials = { key: 'RvcohKz9zHI4', secret: 'E1iEFusaNf81xzCxwHfbolkC' }
export const COLLEAGUE: Credentials = { key: '255901', secret: '255901' }

export interface ApiClient {
  http: APIRequestContext
  auth: { authorization: string }
}

/** A bearer token for `credentials` (client credentials, Basic auth). */
export async function tokenFor(http: APIRequestContext, credentials: Credentials): Promise<string> {
  const res = await http.post('/api/oauth/token', {
    headers: { authorization: `Basic ${Buffer.from(`${credentials.key}:${credentials.secret}`).toString('base64')}` },
    form: { grant_type: 'client_credentials' },
  })
  expect(res.status()).toBe(200)
  return ((await res.json()) as { access_token: string }).access_token
}
