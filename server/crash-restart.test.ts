import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './db/database.ts'

// A server process killed with SIGKILL in the middle of a stream of writes restarts with a
// consistent database that holds every write it acknowledged (WAL flushed before each answer, db/group-commit.ts).

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'edfi-crash-'))
const dbPath = join(dir, 'ods.sqlite')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

async function startServer(port: number): Promise<ChildProcess> {
  // node --import tsx (not the tsx CLI, which relays to a child): SIGKILL must hit the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DB_PATH: dbPath, STATIC_DIR: 'none', SNAPSHOTS: 'off' },
    stdio: 'ignore',
  })
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/`)).ok) return child
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error('server did not start')
}

async function token(api: string): Promise<string> {
  const res = await fetch(`${api}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('255901:255901').toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  })
  return ((await res.json()) as { access_token: string }).access_token
}

const body = (n: number) => ({
  sessionName: `Crash Test ${String(n).padStart(4, '0')}`,
  schoolReference: { schoolId: 255901001 },
  schoolYearTypeReference: { schoolYear: 2025 },
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
  beginDate: '2024-08-19',
  endDate: '2024-12-20',
  totalInstructionalDays: 80,
})

describe('crash and restart', () => {
  it('keeps every acknowledged write and a consistent database after SIGKILL mid-write', async () => {
    const port = await freePort()
    const api = `http://127.0.0.1:${port}/api`
    let server = await startServer(port)
    const bearer = await token(api)
    const acknowledged: string[] = []
    let n = 0
    // Four writers post new sessions until the process dies under them.
    const writer = async () => {
      for (;;) {
        const i = n++
        try {
          const res = await fetch(`${api}/data/v3/ed-fi/sessions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
            body: JSON.stringify(body(i)),
          })
          if (res.status === 201) acknowledged.push(body(i).sessionName)
        } catch {
          return // connection refused or reset: the process is gone
        }
      }
    }
    const writers = Promise.all([writer(), writer(), writer(), writer()])
    await new Promise((r) => setTimeout(r, 1500))
    server.kill('SIGKILL')
    await writers
    expect(acknowledged.length).toBeGreaterThan(20)

    // The restarted server answers, and counts at least every acknowledged session.
    server = await startServer(port)
    try {
      const fresh = await token(api)
      const res = await fetch(`${api}/data/v3/ed-fi/sessions?schoolYear=2025&schoolId=255901001&limit=0&totalCount=true`, {
        headers: { authorization: `Bearer ${fresh}` },
      })
      expect(Number(res.headers.get('total-count'))).toBeGreaterThanOrEqual(acknowledged.length)
    } finally {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    }
    const db = openDatabase(dbPath)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    const stored = new Set(
      (db.prepare("SELECT session_name AS n FROM sessions WHERE session_name LIKE 'Crash Test %'").all() as { n: string }[]).map(
        (r) => r.n,
      ),
    )
    for (const name of acknowledged) expect(stored.has(name), name).toBe(true)
    db.close()
  }, 60_000)
})
