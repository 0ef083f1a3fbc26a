import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'

const spa = mkdtempSync(join(tmpdir(), 'edfi-spa-'))
writeFileSync(join(spa, 'index.html'), '<!doctype html><title>Sessions</title>')
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference', staticDir: spa })
})
afterAll(async () => {
  await server.close()
  rmSync(spa, { recursive: true, force: true })
})

describe('response headers', () => {
  it.each(['/', '/sessions/abc'])('the SPA at %s carries a CSP with frame-ancestors none, nosniff and no-referrer', async (path) => {
    const res = await fetch(`${server.origin}${path}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('data answers, errors included, are Cache-Control: no-store', async () => {
    expect((await server.api('data/v3/ed-fi/sessions')).headers.get('cache-control')).toBe('no-store')
    expect((await server.api('data/v3/ed-fi/sessions/0123456789abcdef0123456789abcdef')).headers.get('cache-control')).toBe('no-store')
    expect((await server.api('changeQueries/v1/availableChangeVersions')).headers.get('cache-control')).toBe('no-store')
    expect((await fetch(`${server.apiRoot}/data/v3/ed-fi/sessions`)).headers.get('cache-control')).toBe('no-store')
  })
})
