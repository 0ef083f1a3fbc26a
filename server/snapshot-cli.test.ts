import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { currentChangeVersion, nextChangeVersion, openDatabase } from './db/database.ts'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'edfi-snapshot-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `npm run snapshot` as a separate process, the way an operator or a nightly job runs it. */
const snapshotCli = (env: Record<string, string>) =>
  run(join(root, 'node_modules/.bin/tsx'), [join(root, 'server/snapshot-cli.ts')], { cwd: root, env: { ...process.env, ...env } })

function bumpChangeVersion(path: string, times: number): number {
  const db = openDatabase(path)
  try {
    for (let i = 0; i < times; i++) db.transaction(() => nextChangeVersion(db))()
    return currentChangeVersion(db)
  } finally {
    db.close()
  }
}

function snapshotChangeVersion(path: string): number {
  const snapshot = openDatabase(`${path}.snapshot`, { readonly: true })
  try {
    return currentChangeVersion(snapshot)
  } finally {
    snapshot.close()
  }
}

describe('npm run snapshot', () => {
  it('writes <DB_PATH>.snapshot with the live data, and refreshes it on the next run', async () => {
    const dbPath = join(dir, 'ods.sqlite')
    const first = bumpChangeVersion(dbPath, 3)
    const out = await snapshotCli({ DB_PATH: dbPath })
    expect(out.stdout).toContain(`newest change version ${first}`)
    expect(snapshotChangeVersion(dbPath)).toBe(first)

    const second = bumpChangeVersion(dbPath, 2)
    expect(snapshotChangeVersion(dbPath)).toBe(first)
    await snapshotCli({ DB_PATH: dbPath })
    expect(snapshotChangeVersion(dbPath)).toBe(second)
  }, 30_000)

  it('refuses to create an ODS: a missing DB_PATH exits 1 with a hint', async () => {
    const missing = join(dir, 'nope', 'ods.sqlite')
    await expect(snapshotCli({ DB_PATH: missing })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`No ODS database at ${missing}`),
    })
  }, 30_000)
})
