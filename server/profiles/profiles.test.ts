import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { PROFILES, profileFromEnv, type ProfileId } from './server-profile.ts'

// Each profile over real HTTP: what a client of sessions can observe differs only where the
// release differs (docs/research/edfi-versions.md).

async function tokenFor(oauthUrl: string): Promise<string> {
  const res = await fetch(oauthUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: '255901', client_secret: '255901' }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { access_token: string }).access_token
}

interface Discovery {
  version: string
  dataModels: { version: string }[]
  urls: Record<string, string>
}

function started(id: ProfileId, env: Record<string, string> = {}) {
  const ctx: { server: TestServer; discovery: Discovery; token: string; data: string } = {} as never
  beforeAll(async () => {
    ctx.server = await startTestServer({ seed: 'demo', profile: profileFromEnv({ EDFI_PROFILE: id, ROUTE_YEAR: '2026', ...env }) })
    ctx.discovery = (await (await fetch(`${ctx.server.apiRoot}/`)).json()) as Discovery
    const fill = (url: string) => url.replace(/\{schoolYear(FromRoute)?\}/, '2026')
    ctx.token = await tokenFor(fill(ctx.discovery.urls.oauth!))
    ctx.data = `${fill(ctx.discovery.urls.dataManagementApi!).replace(/\/$/, '')}/ed-fi/sessions`
  })
  afterAll(() => ctx.server.close())
  return ctx
}

const get = (ctx: { token: string }, url: string, headers: Record<string, string> = {}) =>
  fetch(url, { headers: { authorization: `Bearer ${ctx.token}`, ...headers } })

describe.each(Object.keys(PROFILES) as ProfileId[])('profile %s', (id) => {
  const ctx = started(id)

  it('names its release and data standard in discovery and serves sessions where discovery says', async () => {
    expect(ctx.discovery.version).toBe(PROFILES[id].version)
    expect(ctx.discovery.dataModels[0]?.version).toBe(PROFILES[id].dataModel.version)
    const res = await get(ctx, `${ctx.data}?limit=2&totalCount=true`)
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('total-count'))).toBeGreaterThan(2)
  })

  it('has /partitions and cursor pages only where the release has them', async () => {
    const partitions = await get(ctx, `${ctx.data}/partitions?number=2`)
    expect(partitions.status).toBe(id === '7.3' ? 200 : 404)
    // 7.3 knows pageSize (and wants a pageToken with it); before, it is an unknown parameter and
    // the default page comes back.
    const page = await get(ctx, `${ctx.data}?pageSize=3`)
    if (id === '7.3') expect(page.status).toBe(400)
    else {
      expect(((await page.json()) as unknown[]).length).toBeGreaterThan(3)
      expect(page.headers.get('next-page-token')).toBeNull()
    }
  })

  it('reads a snapshot only where Use-Snapshot exists; elsewhere the header is ignored', async () => {
    const res = await get(ctx, `${ctx.data}?limit=1`, { 'use-snapshot': 'true' })
    expect(res.status).toBe(200)
  })

  it('answers errors in the release’s body shape', async () => {
    const res = await get(ctx, `${ctx.data}?schoolId=abc`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as Record<string, unknown>
    if (PROFILES[id].errorBodies === 'rest-error')
      expect(body).toMatchObject({ message: 'The request is invalid.', modelState: { '$.schoolId': [expect.any(String)] } })
    else expect(body).toMatchObject({ type: 'urn:ed-fi:api:bad-request:data-validation-failed', status: 400 })
  })
})

describe('Ed-Fi API 8 property names', () => {
  const ctx = started('8')

  it('drops a mis-cased required member, so the body is refused as missing it', async () => {
    const body = {
      SessionName: 'Case test',
      schoolReference: { schoolId: 255901001 },
      schoolYearTypeReference: { schoolYear: 2022 },
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      totalInstructionalDays: 80,
    }
    const res = await fetch(ctx.data, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctx.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('sessionName')
  })
})

describe('year-specific routes', () => {
  const v62 = started('6.2', { ROUTES: 'year-specific' })
  const v73 = started('7.3', { ROUTES: 'year-specific' })
  const v8 = started('8', { ROUTES: 'year-specific' })

  it('6.2 writes the year into its URLs; 7.3 and 8 show the route placeholder', () => {
    expect(v62.discovery.urls.dataManagementApi).toBe(`${v62.server.apiRoot}/data/v3/2026`)
    expect(v73.discovery.urls.dataManagementApi).toBe(`${v73.server.apiRoot}/{schoolYearFromRoute}/data/v3/`)
    expect(v8.discovery.urls.dataManagementApi).toBe(`${v8.server.apiRoot}/{schoolYear}/data`)
  })

  it('serves only the year it hosts', async () => {
    expect((await get(v73, `${v73.server.apiRoot}/2026/data/v3/ed-fi/sessions?limit=1`)).status).toBe(200)
    expect((await get(v73, `${v73.server.apiRoot}/2025/data/v3/ed-fi/sessions?limit=1`)).status).toBe(404)
    expect((await get(v62, `${v62.server.apiRoot}/data/v3/ed-fi/sessions?limit=1`)).status).toBe(404)
  })

  it('gives Location headers on the year route', async () => {
    const list = (await (await get(v62, `${v62.data}?limit=1`)).json()) as { id: string }[]
    const one = await get(v62, `${v62.data}/${list[0]!.id}`)
    expect(one.status).toBe(200)
  })
})

describe('change queries turned off', () => {
  const v71 = started('7.1')
  it('7.1 answers a bare 404 (RESTError era), 7.2+ the feature-disabled problem', async () => {
    v71.server.app.ctx.changeQueriesEnabled = false
    const res = await get(v71, `${v71.server.apiRoot}/changeQueries/v1/availableChangeVersions`)
    expect(res.status).toBe(404)
    expect(await res.text()).toBe('')
    v71.server.app.ctx.changeQueriesEnabled = true
  })
})
