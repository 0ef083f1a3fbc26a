import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference', faultInjection: true })
})
afterAll(() => server.close())

const queue = (spec: object) =>
  fetch(`${server.apiRoot}/__faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) })

describe('fault injection (test servers only)', () => {
  it('answers the next matching request with the queued status, then behaves again', async () => {
    await queue({ kind: 'status', status: 503, count: 2, pathIncludes: 'sessions' })
    expect((await server.api('data/v3/ed-fi/sessions')).status).toBe(503)
    expect((await server.api('data/v3/ed-fi/sessions')).status).toBe(503)
    expect((await server.api('data/v3/ed-fi/sessions')).status).toBe(200)
  })

  it('drops the connection', async () => {
    await queue({ kind: 'drop' })
    await expect(server.api('data/v3/ed-fi/sessions')).rejects.toThrow()
    expect((await server.api('data/v3/ed-fi/sessions')).status).toBe(200)
  })

  it('delays a request', async () => {
    await queue({ kind: 'delay', ms: 300 })
    const started = performance.now()
    expect((await server.api('data/v3/ed-fi/sessions')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(250)
  })

  it('does not exist unless enabled', async () => {
    const plain = await startTestServer({ seed: 'none' })
    try {
      const res = await fetch(`${plain.apiRoot}/__faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      expect(res.status).toBe(404)
    } finally {
      await plain.close()
    }
  })
})

describe('fault switch input', () => {
  it.each([
    ['an unknown kind', { kind: 'explode' }],
    ['a status that is no error', { kind: 'status', status: 200 }],
    ['an endless delay', { kind: 'delay', ms: 1e9 }],
    ['a negative count', { kind: 'status', count: -1 }],
    ['an unknown method', { kind: 'drop', method: 'TRACE' }],
  ])('refuses %s with a 400 and queues nothing', async (_name, spec) => {
    const res = await queue(spec)
    expect(res.status).toBe(400)
    expect((await server.api('data/v3/ed-fi/sessions')).status).toBe(200)
  })

  it('refuses malformed JSON with a 400', async () => {
    const res = await fetch(`${server.apiRoot}/__faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{kind',
    })
    expect(res.status).toBe(400)
  })
})
