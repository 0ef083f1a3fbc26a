import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { buildServer, type ServerOptions } from '../app.ts'
import { seedDemoData, seedReferenceData } from '../seed/index.ts'

export interface TestServer {
  app: FastifyInstance
  origin: string
  apiRoot: string
  dataUrl: (path: string) => string
  dbPath: string
  /** A bearer token for a client key from server/clients.json (default: the LEA-wide sandbox client). */
  token: (key?: string) => Promise<string>
  api: (path: string, init?: RequestInit & { client?: string }) => Promise<Response>
  close: () => Promise<void>
}

export const SECRETS: Record<string, string> = {
  RvcohKz9zHI4: 'E1iEFusaNf81xzCxwHfbolkC',
  '255901': '255901',
  '255901001': '255901001',
  '255901044': '255901044',
}

/** The real embedded API on a free port and a fresh SQLite file; seed 'demo', 'reference' or 'none'. */
export async function startTestServer(
  options: Partial<ServerOptions> & { seed?: 'demo' | 'reference' | 'none' } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'edfi-test-'))
  const dbPath = options.dbPath ?? join(dir, 'ods.sqlite')
  const app = await buildServer({ ...options, dbPath })
  const seed = options.seed ?? 'reference'
  if (seed !== 'none') app.ctx.db.transaction(() => (seed === 'demo' ? seedDemoData : seedReferenceData)(app.ctx.db))()
  app.ctx.snapshots?.refresh()
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('no address')
  const origin = `http://127.0.0.1:${address.port}`
  const apiRoot = `${origin}/api`
  const tokens = new Map<string, string>()
  const token = async (key = 'RvcohKz9zHI4') => {
    const cached = tokens.get(key)
    if (cached) return cached
    const res = await fetch(`${apiRoot}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: key, client_secret: SECRETS[key] ?? key }),
    })
    if (!res.ok) throw new Error(`token for ${key}: ${res.status} ${await res.text()}`)
    const body = (await res.json()) as { access_token: string }
    tokens.set(key, body.access_token)
    return body.access_token
  }
  return {
    app,
    origin,
    apiRoot,
    dbPath,
    dataUrl: (path) => `${apiRoot}/data/v3/ed-fi/${path.replace(/^\//, '')}`,
    token,
    api: async (path, init = {}) => {
      const { client, headers, ...rest } = init
      const h = new Headers(headers)
      if (!h.has('authorization')) h.set('authorization', `Bearer ${await token(client)}`)
      if (rest.body !== undefined && !h.has('content-type')) h.set('content-type', 'application/json')
      return fetch(`${apiRoot}/${path.replace(/^\//, '')}`, { ...rest, headers: h })
    },
    close: async () => {
      await app.close()
      if (!options.dbPath) rmSync(dir, { recursive: true, force: true })
    },
  }
}
