import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { bindBanner } from './bind-banner.ts'

// `npm start` as an operator meets it.

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'edfi-start-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })
}

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, STATIC_DIR: 'none', SNAPSHOTS: 'off', ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const printed = async (text: string) => {
    while (!output.includes(text) && child.exitCode === null) await new Promise((r) => setTimeout(r, 100))
  }
  return { output: () => output, exited, printed, stop: () => child.kill('SIGTERM') }
}

describe('npm start', () => {
  it('never enables the fault switch, and names the address it bound', async () => {
    const port = await freePort()
    const server = start({ FAULTS: 'on', PORT: String(port), DB_PATH: join(dir, 'ods.sqlite') })
    await server.printed('bound to')
    const faults = await fetch(`http://127.0.0.1:${port}/api/__faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"kind":"drop"}',
    })
    server.stop()
    await server.exited
    expect(faults.status).toBe(404)
    expect(server.output()).toContain(`bound to 127.0.0.1:${port}`)
    expect(server.output()).not.toContain('WARNING')
  }, 60_000)

  it('says plainly that a database path it cannot open is unusable, without a stack trace', async () => {
    const folder = join(dir, 'a-folder.sqlite')
    mkdirSync(folder)
    const server = start({ PORT: String(await freePort()), DB_PATH: folder })
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain(`Cannot use the database at ${folder}`)
    expect(server.output()).not.toMatch(/\n\s+at /)
  }, 60_000)
})

describe('start banner', () => {
  it('warns when bound beyond loopback, since the demo credentials are public', () => {
    const lines = bindBanner({ address: '0.0.0.0', family: 'IPv4', port: 8765 }, 'x.sqlite')
    expect(lines[0]).toContain('bound to 0.0.0.0:8765')
    expect(lines[1]).toMatch(/^WARNING: .*not loopback.*public/)
    expect(bindBanner({ address: '::1', family: 'IPv6', port: 8765 }, 'x.sqlite')).toHaveLength(1)
  })
})
