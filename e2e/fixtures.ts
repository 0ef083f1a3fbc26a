import { AxeBuilder } from '@axe-core/playwright'
import { expect, test as base, type Page, type PlaywrightWorkerArgs, type WorkerInfo } from '@playwright/test'
import type { SessionBodyShape } from '../test-support/builders.ts'
import { baseURL, COLLEAGUE, DEMO, SESSIONS, tokenFor, type ApiClient, type Credentials } from './support/edfi-clients.ts'

// What every spec gets: two Ed-Fi API clients over real HTTP (the app's demo client and the
// LEA-wide client a colleague's tool would use), the app opened and connected, an accessibility
// scan, and fault injection that is cleared after each test.

export interface StoredSession {
  id: string
  etag: string
  session: SessionBodyShape & Record<string, unknown> & { id: string }
}

export type Fault = { kind: 'status'; status: number } | { kind: 'delay'; ms: number }

/** The sessions resource as one API client sees it. */
export class EdFiApi {
  constructor(readonly client: ApiClient) {}

  get http() {
    return this.client.http
  }

  get auth() {
    return this.client.auth
  }

  async create(body: SessionBodyShape): Promise<string> {
    const res = await this.http.post(SESSIONS, { headers: this.auth, data: body })
    expect(res.status(), await res.text()).toBe(201)
    return res.headers()['location']!.split('/').pop()!
  }

  async read(id: string, options: { snapshot?: boolean } = {}): Promise<StoredSession | undefined> {
    const res = await this.http.get(`${SESSIONS}/${id}`, { headers: this.headers(options) })
    if (res.status() === 404) return undefined
    return { id, etag: res.headers()['etag']!, session: await res.json() }
  }

  /** GET, change, PUT with the ETag just read, as another tool would. */
  async update(id: string, patch: Partial<SessionBodyShape>): Promise<void> {
    const current = (await this.read(id))!
    const { id: _id, _etag, _lastModifiedDate, ...body } = current.session
    const res = await this.http.put(`${SESSIONS}/${id}`, {
      headers: { ...this.auth, 'if-match': current.etag },
      data: { ...body, ...patch },
    })
    expect(res.status(), await res.text()).toBe(204)
  }

  async remove(id: string): Promise<void> {
    const etag = (await this.read(id))!.etag
    const res = await this.http.delete(`${SESSIONS}/${id}`, { headers: { ...this.auth, 'if-match': etag } })
    expect(res.status()).toBe(204)
  }

  /** The sessions an exact-match query returns, bodies as the API sends them (offset paging to the end). */
  async list(query: Record<string, string | number>, options: { snapshot?: boolean } = {}): Promise<StoredSession['session'][]> {
    const all: StoredSession['session'][] = []
    for (let offset = 0; ; offset += 500) {
      const params = new URLSearchParams({
        ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
        offset: String(offset),
        limit: '500',
      })
      const res = await this.http.get(`${SESSIONS}?${params}`, { headers: this.headers(options) })
      expect(res.status()).toBe(200)
      const page = (await res.json()) as StoredSession['session'][]
      all.push(...page)
      if (page.length < 500) return all
    }
  }

  /** Total-Count of a GET under /api (query string included). /deletes and /keyChanges take limit 1..500. */
  async total(path: string): Promise<number> {
    const limit = /\/(deletes|keyChanges)\b/.test(path) ? 1 : 0
    const res = await this.http.get(`/api/${path}${path.includes('?') ? '&' : '?'}limit=${limit}&totalCount=true`, { headers: this.auth })
    return Number(res.headers()['total-count'])
  }

  async newestChangeVersion(): Promise<number> {
    const res = await this.http.get('/api/changeQueries/v1/availableChangeVersions', { headers: this.auth })
    return ((await res.json()) as { newestChangeVersion: number }).newestChangeVersion
  }

  /** The embedded server's test-only fault injection: the next `count` matching requests fail or wait. */
  async injectFault(fault: Fault & { count: number; method?: string; pathIncludes: string }): Promise<void> {
    const res = await this.http.post('/api/__faults', { data: fault })
    expect(res.ok()).toBe(true)
  }

  async clearFaults(): Promise<void> {
    await this.http.delete('/api/__faults')
  }

  private headers({ snapshot = false }: { snapshot?: boolean }) {
    return { ...this.auth, ...(snapshot ? { 'use-snapshot': 'true' } : {}) }
  }
}

async function useApi(
  playwright: PlaywrightWorkerArgs['playwright'],
  credentials: Credentials,
  use: (api: EdFiApi) => Promise<void>,
  info: WorkerInfo,
) {
  // Each project may run against its own server (shards, profiles): talk to the one its pages use.
  const http = await playwright.request.newContext({ baseURL: info.project.use.baseURL ?? baseURL })
  await use(new EdFiApi({ http, auth: { authorization: `Bearer ${await tokenFor(http, credentials)}` } }))
  await http.dispose()
}

interface TestFixtures {
  /** Opens a path of the app and waits until the header says it is connected. */
  signedIn: (path: string) => Promise<Page>
  /** Serious and critical axe violations on the page (or inside `include`), one line each. */
  seriousViolations: (include?: string) => Promise<string[]>
  /** Clears injected faults after every test, whoever injected them. */
  faultReset: void
}

interface WorkerFixtures {
  demo: EdFiApi
  colleague: EdFiApi
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  demo: [({ playwright }, use, info) => useApi(playwright, DEMO, use, info), { scope: 'worker' }],
  colleague: [({ playwright }, use, info) => useApi(playwright, COLLEAGUE, use, info), { scope: 'worker' }],
  signedIn: async ({ page }, use) => {
    await use(async (path) => {
      await page.goto(path)
      await expect(page.locator('.connection-state')).toHaveAttribute('data-state', 'ok')
      return page
    })
  },
  seriousViolations: async ({ page }, use) => {
    await use(async (include) => {
      const builder = new AxeBuilder({ page })
      const results = await (include ? builder.include(include) : builder).analyze()
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    })
  },
  faultReset: [
    async ({ demo }, use) => {
      await use()
      await demo.clearFaults()
    },
    { auto: true },
  ],
})

export { expect }
