// The network door's failure handling against the REAL embedded Ed-Fi API (own process, fresh
// database). 503s, dropped connections and slow answers come from the server's test-only fault
// switch (FAULTS=on), because a healthy server cannot produce them on demand; requests are
// counted by wrapping globalThis.fetch, which passes every call through to the server.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { connectToEmbeddedApi } from '../testing/connect.ts'
import { startEmbeddedApi, type EmbeddedApi } from '../testing/embedded-api.ts'
import { connectApiClient, READ_RETRY, request, type ApiConnection } from './api-client.ts'
import { ApiError } from './api-error.ts'
import { sessionBody } from '../../test-support/builders.ts'

let api: EmbeddedApi
let connection: ApiConnection
beforeAll(async () => {
  api = await startEmbeddedApi()
})
afterAll(() => api.stop())
beforeEach(() => {
  connection = connectToEmbeddedApi(api)
})
afterEach(async () => {
  vi.restoreAllMocks()
  await fetch(`${api.apiRoot}/__faults`, { method: 'DELETE' })
})

const UNKNOWN_ID = '0123456789abcdef0123456789abcdef'

function spyOnFetch() {
  const spy = vi.spyOn(globalThis, 'fetch')
  const calls = () =>
    spy.mock.calls.map(([input, init]) => ({ url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers) }))
  /** Requests that reached for a data path (token and discovery requests left out). */
  const dataCalls = (method = 'GET') => calls().filter((c) => c.url.includes('/data/v3/ed-fi/sessions') && c.method === method)
  return { calls, dataCalls }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => error,
  )
}

const session = (sessionName: string) => sessionBody(sessionName)

describe('correlation id', () => {
  it('sends a fresh correlation-id per request and keeps it on the error the server answers with', async () => {
    const { dataCalls } = spyOnFetch()
    const first = await rejection(request(`ed-fi/sessions/${UNKNOWN_ID}`))
    const second = await rejection(request(`ed-fi/sessions/${UNKNOWN_ID}`))
    const [sentFirst, sentSecond] = dataCalls().map((c) => c.headers.get('correlation-id'))
    expect(sentFirst).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(sentSecond).not.toBe(sentFirst)
    expect(first).toBeInstanceOf(ApiError)
    expect(first).toMatchObject({ status: 404, kind: 'not-found', isNotFound: true, correlationId: sentFirst, title: 'Not Found' })
    expect(second).toMatchObject({ correlationId: sentSecond })
    // A 4xx will not fix itself: one request each.
    expect(dataCalls()).toHaveLength(2)
  })
})

describe('reads retry network failures and 5xx, bounded', () => {
  it('retries a GET after two 503s and succeeds, under one correlation id', async () => {
    await api.injectFault({ kind: 'status', status: 503, count: 2, pathIncludes: 'ed-fi/sessions' })
    const { dataCalls } = spyOnFetch()
    const res = await request('ed-fi/sessions?limit=1')
    expect(res.status).toBe(200)
    expect(await res.json()).toHaveLength(1)
    const ids = dataCalls().map((c) => c.headers.get('correlation-id'))
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(1)
  })

  it(`gives up after ${READ_RETRY.attempts} attempts with the server's ApiError (503)`, async () => {
    await api.injectFault({ kind: 'status', status: 503, count: READ_RETRY.attempts, pathIncludes: 'ed-fi/sessions' })
    const { dataCalls } = spyOnFetch()
    const error = await rejection(request('ed-fi/sessions?limit=1'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 503, kind: 'server', isRetryable: true, title: 'Service Unavailable' })
    expect((error as ApiError).correlationId).toBe(dataCalls()[0]?.headers.get('correlation-id'))
    expect(dataCalls()).toHaveLength(READ_RETRY.attempts)
    // The server's fault queue is empty now: exactly that many requests reached it.
    expect((await request('ed-fi/sessions?limit=1')).status).toBe(200)
  })

  it('retries a GET whose connection was dropped', async () => {
    await api.injectFault({ kind: 'drop', count: 1, pathIncludes: 'ed-fi/sessions' })
    const { dataCalls } = spyOnFetch()
    const res = await request('ed-fi/sessions?limit=2')
    expect(res.status).toBe(200)
    expect(await res.json()).toHaveLength(2)
    expect(dataCalls()).toHaveLength(2)
  })

  it('reports an API that never answers as a network ApiError after the bound', async () => {
    const { dataCalls } = spyOnFetch()
    // Port 9 (discard) on loopback: nothing listens, so every attempt is refused.
    connectApiClient({ ...connection, dataUrl: async (path) => `http://127.0.0.1:9/api/data/v3/${path}` })
    const error = await rejection(request('ed-fi/sessions?limit=1'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 0, kind: 'network', isNetwork: true, isRetryable: true })
    expect((error as ApiError).correlationId).toBeTruthy()
    expect(dataCalls()).toHaveLength(READ_RETRY.attempts)
  })
})

describe('writes are never retried blindly', () => {
  it('does not resend a POST that got a 503', async () => {
    await api.injectFault({ kind: 'status', status: 503, count: 2, method: 'POST', pathIncludes: 'ed-fi/sessions' })
    const { dataCalls } = spyOnFetch()
    const error = await rejection(request('ed-fi/sessions', { method: 'POST', json: session('Retry test 503') }))
    expect(error).toMatchObject({ status: 503, kind: 'server' })
    expect(dataCalls('POST')).toHaveLength(1)

    // One of the two queued faults is left, so the server saw exactly one POST from the door.
    const post = async () =>
      fetch(`${api.apiRoot}/data/v3/ed-fi/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await api.token()}`, 'content-type': 'application/json' },
        body: JSON.stringify(session('Retry test 503')),
      })
    expect((await post()).status).toBe(503)
    expect((await post()).status).toBe(201)
  })

  it('reports a POST whose connection dropped as possibly applied, and does not resend it', async () => {
    await api.injectFault({ kind: 'drop', count: 1, method: 'POST', pathIncludes: 'ed-fi/sessions' })
    const { dataCalls } = spyOnFetch()
    const error = await rejection(request('ed-fi/sessions', { method: 'POST', json: session('Retry test drop') }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 0, kind: 'write-outcome-unknown', isNetwork: true, isRetryable: false })
    expect((error as ApiError).detail).toMatch(/may or may not have been applied/)
    expect((error as ApiError).correlationId).toBe(dataCalls('POST')[0]?.headers.get('correlation-id'))
    expect(dataCalls('POST')).toHaveLength(1)
    // The fault dropped it before handling; a resend would have created it.
    const res = await request(`ed-fi/sessions?sessionName=${encodeURIComponent('Retry test drop')}`)
    expect(await res.json()).toEqual([])
  })
})

describe('abort', () => {
  /** Discovery and the token are fetched once per connection: done first, so an abort hits the data request. */
  const warmUp = async () => {
    await connection.dataUrl('ed-fi/sessions')
    await connection.accessToken()
  }

  it('rejects a slow request with the AbortError at once, not an ApiError', async () => {
    await warmUp()
    await api.injectFault({ kind: 'delay', ms: 3_000, count: 1, pathIncludes: 'ed-fi/sessions' })
    const controller = new AbortController()
    const started = performance.now()
    setTimeout(() => controller.abort(), 50)
    const error = await rejection(request('ed-fi/sessions?limit=1', { signal: controller.signal }))
    expect(error).not.toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('stops waiting between retries when aborted during the backoff', async () => {
    await warmUp()
    await api.injectFault({ kind: 'status', status: 503, count: READ_RETRY.attempts, pathIncludes: 'ed-fi/sessions' })
    const controller = new AbortController()
    let abortedAt = 0
    // Abort as soon as the first 503 has arrived, i.e. while the door waits before its next attempt.
    const realFetch = globalThis.fetch
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const res = await realFetch(input, init)
      setTimeout(() => {
        abortedAt = performance.now()
        controller.abort()
      }, 0)
      return res
    })
    const error = await rejection(request('ed-fi/sessions?limit=1', { signal: controller.signal }))
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(spy).toHaveBeenCalledTimes(1)
    // The shortest backoff is 150 ms; the abort cut it short.
    expect(performance.now() - abortedAt).toBeLessThan(100)
  })

  it('sends nothing when the signal is already aborted', async () => {
    const { calls } = spyOnFetch()
    const error = await rejection(request('ed-fi/sessions?limit=1', { signal: AbortSignal.abort() }))
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(calls()).toHaveLength(0)
  })
})

describe('401: renew the token once, retry once', () => {
  /** The real connection, except that its cached token has expired server-side until a renewal is asked for. */
  function withExpiredToken(renewals: boolean[], { renewalWorks = true } = {}): ApiConnection {
    return {
      dataUrl: (path) => connection.dataUrl(path),
      changeQueriesUrl: (path) => connection.changeQueriesUrl(path),
      accessToken: async (options) => {
        renewals.push(options?.renew ?? false)
        return options?.renew && renewalWorks ? connection.accessToken(options) : 'expired-token'
      },
    }
  }

  it('answers 401 with a fresh token and a single retry', async () => {
    const renewals: boolean[] = []
    connectApiClient(withExpiredToken(renewals))
    const { dataCalls } = spyOnFetch()
    const res = await request('ed-fi/sessions?limit=1')
    expect(res.status).toBe(200)
    expect(renewals).toEqual([false, true])
    const bearers = dataCalls().map((c) => c.headers.get('authorization'))
    expect(bearers).toHaveLength(2)
    expect(bearers[0]).toBe('Bearer expired-token')
    expect(bearers[1]).toMatch(/^Bearer (?!expired-token)/)
  })

  it('renews for a write too (a 401 is answered before the write is handled)', async () => {
    const renewals: boolean[] = []
    connectApiClient(withExpiredToken(renewals))
    const res = await request('ed-fi/sessions', { method: 'POST', json: session('Renewed write') })
    expect(res.status).toBe(201)
    expect(renewals).toEqual([false, true])
  })

  it('gives up with ApiError 401 when the renewed token is refused as well', async () => {
    const renewals: boolean[] = []
    connectApiClient(withExpiredToken(renewals, { renewalWorks: false }))
    const { dataCalls } = spyOnFetch()
    const error = await rejection(request('ed-fi/sessions?limit=1'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, kind: 'unauthorized', isUnauthorized: true, isRetryable: false })
    expect(dataCalls()).toHaveLength(2)
  })
})
