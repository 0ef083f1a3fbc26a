import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test'
import type { Credentials } from './edfi-clients.ts'

// An API client for specs that run against every server profile: it follows discovery (token and
// data URLs, route placeholders filled with the year the server hosts) as every Ed-Fi client must.

export const ROUTE_YEAR = '2026'

export interface DiscoveredClient {
  http: APIRequestContext
  auth: { authorization: string }
  /** Absolute URL of the sessions collection. */
  sessions: string
  /** Absolute URL of a lookup collection, e.g. `gradingPeriods`. */
  resource: (name: string) => string
}

const fill = (url: string) => url.replace(/\{(schoolYearFromRoute|schoolYear)\}/g, ROUTE_YEAR).replace(/\/$/, '')

export async function discoveredClient(baseURL: string, credentials: Credentials): Promise<DiscoveredClient> {
  const http = await playwrightRequest.newContext({ baseURL })
  const discovery = (await (await http.get('/api/')).json()) as { urls: { oauth: string; dataManagementApi: string } }
  const res = await http.post(fill(discovery.urls.oauth), {
    headers: { authorization: `Basic ${Buffer.from(`${credentials.key}:${credentials.secret}`).toString('base64')}` },
    form: { grant_type: 'client_credentials' },
  })
  expect(res.status()).toBe(200)
  const token = ((await res.json()) as { access_token: string }).access_token
  const data = fill(discovery.urls.dataManagementApi)
  return {
    http,
    auth: { authorization: `Bearer ${token}` },
    sessions: `${data}/ed-fi/sessions`,
    resource: (name) => `${data}/ed-fi/${name}`,
  }
}
