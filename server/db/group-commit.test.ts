import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './database.ts'
import { groupFlushes, startGroupCommit } from './group-commit.ts'

/** A flush the test finishes by hand, counting how many were started. */
function manualFlush() {
  const started: { finish: () => void; fail: (error: Error) => void }[] = []
  const flush = () => new Promise<void>((resolve, reject) => void started.push({ finish: resolve, fail: reject }))
  return { flush, started }
}

const settledOf = (promise: Promise<void>) => {
  const state = { settled: false }
  void promise.then(() => (state.settled = true)).catch(() => (state.settled = true))
  return state
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('groupFlushes', () => {
  it('answers the writes that arrive during a flush with one more flush', async () => {
    const { flush, started } = manualFlush()
    const commit = groupFlushes(flush)
    const first = commit.durable()
    const waiting = [commit.durable(), commit.durable(), commit.durable()]
    await tick()
    expect(started).toHaveLength(1)
    started[0].finish()
    await first
    await tick()
    expect(started).toHaveLength(2)
    started[1].finish()
    await Promise.all(waiting)
    expect(started).toHaveLength(2)
  })

  it('never answers a write with a flush that started before it', async () => {
    const { flush, started } = manualFlush()
    const commit = groupFlushes(flush)
    const first = settledOf(commit.durable())
    await tick()
    const second = settledOf(commit.durable())
    started[0].finish()
    await tick()
    expect(first.settled).toBe(true)
    expect(second.settled).toBe(false)
    expect(started).toHaveLength(2)
    started[1].finish()
    await tick()
    expect(second.settled).toBe(true)
  })

  it('fails the writes of a failed flush and flushes again for later ones', async () => {
    const { flush, started } = manualFlush()
    const commit = groupFlushes(flush)
    const failed = commit.durable()
    await tick()
    started[0].fail(new Error('EIO'))
    await expect(failed).rejects.toThrow('EIO')
    const later = commit.durable()
    await tick()
    started[1].finish()
    await expect(later).resolves.toBeUndefined()
  })
})

describe('startGroupCommit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edfi-group-commit-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('commits without a flush per transaction and flushes the WAL on demand', async () => {
    const db = openDatabase(join(dir, 'ods.sqlite'))
    const commit = startGroupCommit(db, join(dir, 'ods.sqlite'))
    expect(db.pragma('synchronous', { simple: true })).toBe(1)
    db.prepare("INSERT INTO meta (key, value) VALUES ('probe', '1')").run()
    await expect(commit.durable()).resolves.toBeUndefined()
    db.close()
    expect(openDatabase(join(dir, 'ods.sqlite')).prepare("SELECT value FROM meta WHERE key = 'probe'").pluck().get()).toBe('1')
  })

  it('leaves an in-memory database as it is', async () => {
    const db = openDatabase(':memory:')
    await expect(startGroupCommit(db, ':memory:').durable()).resolves.toBeUndefined()
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
  })
})
