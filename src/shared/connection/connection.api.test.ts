// The connection against the REAL embedded Ed-Fi API (own process, fresh database). Token requests
// are counted by spying on globalThis.fetch, which passes every call through to the server.
import { createServer, type Server } from 'node:http'
import net from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { request, connectApiClient } from '../../lib/api-client.ts'
import { ApiError } from '../../lib/api-error.ts'
import { startEmbeddedApi, type EmbeddedApi } from '../../testing/embedded-api.ts'
import { connectionProblemOf } from './connection-problems.ts'
import { createConnection } from './create-connection.ts'
import { getDiscovery } from './discovery.ts'
import { testConnection } from './inspect-connection.ts'

const DEMO = { clientKey: 'RvcohKz9zHI4', clientSecret: 'E1iEFusaNf81xzCxwHfbolkC' }

let api: EmbeddedApi
let htmlServer: Server
let htmlRoot: string
beforeAll(async () => {
  api = await startEmbeddedApi()
  // A web server that is not an Ed-Fi API: it answers every path with an HTML page.
  htmlServer = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Intranet</title>'),
  )
  await new Promise<void>((resolve) => htmlServer.listen(0, '127.0.0.1', resolve))
  htmlRoot = `http://127.0.0.1:${(htmlServer.address() as net.AddressInfo).port}/api`
})
afterAll(async () => {
  await api.stop()
  await new Promise((resolve) => htmlServer.close(resolve))
})
afterEach(() => {
  vi.restoreAllMocks()
})

function spyOnFetch() {
  const spy = vi.spyOn(globalThis, 'fetch')
  const calls = () => spy.mock.calls.map(([input, init]) => ({ url: String(input), init: init ?? {} }))
  return { spy, tokenRequests: () => calls().filter((c) => c.url.endsWith('/oauth/token')), calls }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('discovery', () => {
  it('reads and validates the discovery document, with absolute data, OAuth and change-query URLs', async () => {
    const discovery = await getDiscovery(api.apiRoot)
    expect(discovery).toMatchObject({
      version: '7.3',
      dataModels: [{ name: 'Ed-Fi', version: '5.2.0' }],
      urls: {
        oauth: `${api.apiRoot}/oauth/token`,
        dataManagementApi: `${api.apiRoot}/data/v3/`,
        changeQueries: `${api.apiRoot}/changeQueries/v1/`,
      },
    })
  })

  it('tests a connection end to end: API version, data model, URLs and the token expiry', async () => {
    const before = Date.now()
    const report = await testConnection({ apiRoot: `${api.apiRoot}/`, ...DEMO })
    expect(report).toMatchObject({
      apiRoot: api.apiRoot,
      apiVersion: '7.3',
      applicationName: expect.stringContaining('Ed-Fi ODS / API'),
      dataModels: [{ name: 'Ed-Fi', version: '5.2.0' }],
      urls: { dataManagementApi: `${api.apiRoot}/data/v3/`, oauth: `${api.apiRoot}/oauth/token`, changeQueriesListed: true },
    })
    expect(report.tokenExpiresAt).toBeGreaterThanOrEqual(before + 1800_000)
    expect(report.tokenExpiresAt).toBeLessThanOrEqual(Date.now() + 1800_000)
  })
})

describe('plain-language connection errors', () => {
  it('says the key or secret was not accepted when OAuth answers invalid_client', async () => {
    const error = await failure(testConnection({ apiRoot: api.apiRoot, clientKey: DEMO.clientKey, clientSecret: 'wrong-secret' }))
    expect(connectionProblemOf(error)).toBe('badCredentials')
    expect(error.title).toBe('Credentials refused')
    expect(error.message).toMatch(/^The key or secret was not accepted by http:\/\/127\.0\.0\.1:\d+\./)
    expect(error.status).toBe(401)
    expect(JSON.stringify(error)).not.toContain('wrong-secret')
  })

  it('says the API could not be reached when nothing listens at the root', async () => {
    const root = `http://127.0.0.1:${await closedPort()}/api`
    const error = await failure(testConnection({ apiRoot: root, ...DEMO }))
    expect(connectionProblemOf(error)).toBe('unreachable')
    expect(error.status).toBe(0)
    expect(error.message).toBe(
      `No answer from ${root}/. Check the address, that the server is running, and your network connection, then try again.`,
    )
  })

  it('recognises CORS when a cross-origin fetch fails but a no-cors probe reaches the host', async () => {
    // What a browser does when the server lacks CORS headers: cors-mode fetches reject with a bare
    // TypeError while opaque (no-cors) requests go through. The server itself stays real.
    const realFetch = globalThis.fetch
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) =>
      init?.mode === 'no-cors' ? realFetch(input, init) : Promise.reject(new TypeError('Failed to fetch')),
    )
    const error = await failure(getDiscovery(api.apiRoot))
    expect(connectionProblemOf(error)).toBe('cors')
    expect(error.message).toContain(`does not allow pages from ${location.origin} to read its answers`)
    expect(error.errors).toEqual([
      `Access-Control-Allow-Origin: ${location.origin} (or *)`,
      'Access-Control-Allow-Headers: Authorization, Content-Type, If-Match, If-None-Match, Use-Snapshot, correlation-id',
      'Access-Control-Allow-Methods: GET, POST, PUT, DELETE',
      'Access-Control-Expose-Headers: ETag, Location, Total-Count, Next-Page-Token',
    ])
  })

  it.each([
    [
      'a JSON answer without urls.dataManagementApi (the metadata list)',
      () => `${api.apiRoot}/metadata`,
      200,
      /answered JSON without a valid urls\.dataManagementApi/,
    ],
    ['a 404 from the Ed-Fi server (a wrong path)', () => `${api.apiRoot}/nowhere`, 404, /it answered 404/],
    ['an HTML page', () => htmlRoot, 200, /it answered with a web page \(HTML\), not JSON/],
  ])('says "not an Ed-Fi API", with the URL, for %s', async (_name, root, status, reason) => {
    const error = await failure(testConnection({ apiRoot: root(), ...DEMO }))
    expect(connectionProblemOf(error)).toBe('notEdFi')
    expect(error.title).toBe('Not an Ed-Fi API')
    expect(error.message).toContain(`${root()}/ is not an Ed-Fi API root`)
    expect(error.message).toMatch(reason)
    expect(error.status).toBe(status)
  })

  it('asks for the secret, without any request, when a profile has none', async () => {
    const { tokenRequests } = spyOnFetch()
    const error = await failure(createConnection({ apiRoot: api.apiRoot, clientKey: 'someone', clientSecret: '' }).accessToken())
    expect(connectionProblemOf(error)).toBe('secretMissing')
    expect(tokenRequests()).toHaveLength(0)
  })
})

describe('tokens', () => {
  it('asks with HTTP Basic and a form body, never with the secret in the URL', async () => {
    const { tokenRequests } = spyOnFetch()
    await createConnection({ apiRoot: api.apiRoot, ...DEMO }).accessToken()
    const [call] = tokenRequests()
    expect(call?.url).toBe(`${api.apiRoot}/oauth/token`)
    const headers = new Headers(call?.init.headers)
    expect(headers.get('authorization')).toBe(`Basic ${btoa(`${DEMO.clientKey}:${DEMO.clientSecret}`)}`)
    expect(headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(call?.init.body).toBe('grant_type=client_credentials')
  })

  it('single-flight: 50 parallel accessToken() calls perform exactly one token request', async () => {
    const { tokenRequests } = spyOnFetch()
    const connection = createConnection({ apiRoot: api.apiRoot, ...DEMO })
    const tokens = await Promise.all(Array.from({ length: 50 }, () => connection.accessToken()))
    expect(new Set(tokens).size).toBe(1)
    expect(tokenRequests()).toHaveLength(1)
  })

  it('single-flight through the network door: 50 parallel data requests share one token request', async () => {
    const { tokenRequests } = spyOnFetch()
    connectApiClient(createConnection({ apiRoot: api.apiRoot, ...DEMO }))
    const responses = await Promise.all(Array.from({ length: 50 }, () => request('ed-fi/sessions?limit=1')))
    expect(responses.every((res) => res.status === 200)).toBe(true)
    expect(tokenRequests()).toHaveLength(1)
  })

  it('renews a minute before expires_in runs out (injected clock) and reports when the token expires', async () => {
    let now = 1_700_000_000_000
    const { tokenRequests } = spyOnFetch()
    const connection = createConnection({ apiRoot: api.apiRoot, ...DEMO }, { now: () => now })
    expect(connection.tokens.status()).toEqual({ state: 'none' })

    const first = await connection.accessToken()
    expect(connection.tokens.status()).toMatchObject({
      state: 'valid',
      obtainedAt: now,
      expiresAt: now + 1800_000,
      renewsAt: now + 1740_000,
    })

    now += 1739_000 // 61 s before expiry: still the same token
    expect(await connection.accessToken()).toBe(first)
    expect(tokenRequests()).toHaveLength(1)

    now += 2_000 // 59 s before expiry: renewed
    const second = await connection.accessToken()
    expect(second).not.toBe(first)
    expect(tokenRequests()).toHaveLength(2)
    expect(connection.tokens.status().expiresAt).toBe(now + 1800_000)

    // The renewed token works against the real server.
    connectApiClient(connection)
    expect((await request('ed-fi/sessions?limit=1')).status).toBe(200)
  })

  it('after a 401 renews once for a whole burst: a token issued moments ago is handed out again', async () => {
    let now = 1_700_000_000_000
    const { tokenRequests } = spyOnFetch()
    const connection = createConnection({ apiRoot: api.apiRoot, ...DEMO }, { now: () => now })
    const first = await connection.accessToken()
    expect(await connection.accessToken({ renew: true })).toBe(first)
    now += 5_000
    const renewed = await connection.accessToken({ renew: true })
    expect(renewed).not.toBe(first)
    expect(await connection.accessToken({ renew: true })).toBe(renewed)
    expect(tokenRequests()).toHaveLength(2)
  })

  it('reports a failed token request in its status and tries again on the next call', async () => {
    const connection = createConnection({ apiRoot: api.apiRoot, clientKey: DEMO.clientKey, clientSecret: 'nope' })
    await failure(connection.accessToken())
    expect(connection.tokens.status()).toMatchObject({ state: 'failed', error: { type: 'urn:steward:connection:bad-credentials' } })
    const { tokenRequests } = spyOnFetch()
    await failure(connection.accessToken())
    expect(tokenRequests()).toHaveLength(1)
  })
})
