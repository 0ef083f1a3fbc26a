import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'

// Browsers may call only from our own origin, the dev server and CORS_ORIGINS; Host must be loopback (DNS rebinding).

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'none', corsOrigins: ['https://district.example'] })
})
afterAll(() => server.close())

const preflight = (origin: string) =>
  fetch(`${server.apiRoot}/data/v3/ed-fi/sessions`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,if-match' },
  })

/** fetch may not set Host; node:http can, as a rebinding browser would send it. */
function statusWithHost(host: string): Promise<number> {
  const { port } = new URL(server.origin)
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/', headers: { host } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('CORS', () => {
  it('allows the dev server and configured origins, and exposes the Ed-Fi headers', async () => {
    for (const origin of ['http://localhost:5173', 'https://district.example']) {
      const res = await preflight(origin)
      expect(res.status).toBe(204)
      expect(res.headers.get('access-control-allow-origin')).toBe(origin)
      expect(res.headers.get('access-control-allow-headers')).toBe('authorization,if-match')
    }
    const get = await fetch(`${server.apiRoot}/`, { headers: { origin: server.origin } })
    expect(get.headers.get('access-control-allow-origin')).toBe(server.origin)
    expect(get.headers.get('access-control-expose-headers')).toContain('Next-Page-Token')
  })

  it('gives any other site no CORS grant', async () => {
    const res = await preflight('https://evil.example')
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const get = await fetch(`${server.apiRoot}/`, { headers: { origin: 'https://evil.example' } })
    expect(get.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('Host check while bound to loopback', () => {
  it('answers loopback names with any port', async () => {
    for (const host of ['localhost', 'localhost:5173', '127.0.0.1:9', '[::1]:8765', 'LOCALHOST']) {
      expect(await statusWithHost(host)).toBe(200)
    }
  })

  it('refuses any other Host (a rebound DNS name)', async () => {
    for (const host of ['evil.example', 'evil.example:8765', '127.0.0.1.evil.example', 'localhost.evil.example']) {
      expect(await statusWithHost(host)).toBe(421)
    }
  })
})
