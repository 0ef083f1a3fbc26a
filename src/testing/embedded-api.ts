// Test helper (Node side of Vitest): starts the real embedded Ed-Fi API in its own process on a
// free port with a fresh SQLite file seeded with Grand Bend demo data, so client and hook tests
// talk HTTP to the real server. The SPA never imports server code; this only spawns it.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface EmbeddedApi {
  /** e.g. http://127.0.0.1:41234/api */
  apiRoot: string
  /** Queue a fault for the next matching data requests (503, dropped connection, delay). */
  injectFault: (spec: {
    kind: 'status' | 'drop' | 'delay'
    status?: number
    ms?: number
    count?: number
    pathIncludes?: string
    method?: string
  }) => Promise<void>
  /** A bearer token for a demo client (server/clients.json), for setting up data as "another client". */
  token: (key?: string, secret?: string) => Promise<string>
  stop: () => Promise<void>
}

// Vitest runs from the project root (import.meta.url is not a file: URL under jsdom).
const projectRoot = process.cwd()

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function startEmbeddedApi(options: { env?: Record<string, string> } = {}): Promise<EmbeddedApi> {
  const dir = mkdtempSync(join(tmpdir(), 'edfi-client-test-'))
  const port = await freePort()
  const apiRoot = `http://127.0.0.1:${port}/api`
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), DB_PATH: join(dir, 'ods.sqlite'), STATIC_DIR: 'none', FAULTS: 'on', ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`embedded API exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${apiRoot}/`)).ok) break
    } catch {
      if (attempt > 300) throw new Error('embedded API did not start within 30 s')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    apiRoot,
    injectFault: async (spec) => {
      await fetch(`${apiRoot}/__faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec) })
    },
    token: async (key = '255901', secret = key) => {
      const res = await fetch(`${apiRoot}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: key, client_secret: secret }),
      })
      return ((await res.json()) as { access_token: string }).access_token
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await new Promise((resolve) => child.once('exit', resolve))
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
