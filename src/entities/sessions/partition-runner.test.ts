import { describe, expect, it } from 'vitest'
import { cursorsFor, PartitionFailure, runPartitions, type FetchedPage } from './partition-runner.ts'

// The scheduler alone, with a fake page source (the export against the real API is export-job.test.ts).
// Partition p holds rows `p-0 .. p-(n-1)`; a token is "p:offset".

function fakeSource(sizes: number[], pageSize: number) {
  let inFlight = 0
  let maxInFlight = 0
  const failures = new Map<string, number>()
  const requested: string[] = []
  const fetchPage = async (token: string, signal: AbortSignal): Promise<FetchedPage<string[]>> => {
    requested.push(token)
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    try {
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          clearTimeout(timer)
          reject(signal.reason)
        }
        const timer = setTimeout(
          () => {
            signal.removeEventListener('abort', onAbort)
            resolve()
          },
          1 + Math.random() * 4,
        )
        signal.addEventListener('abort', onAbort, { once: true })
      })
      const left = failures.get(token) ?? 0
      if (left > 0) {
        failures.set(token, left - 1)
        throw new Error(`page ${token} failed`)
      }
      const [p, offset] = token.split(':').map(Number) as [number, number]
      const rows = Array.from({ length: Math.max(0, Math.min(pageSize, sizes[p]! - offset)) }, (_, i) => `${p}-${offset + i}`)
      const end = offset + rows.length >= sizes[p]!
      return { data: rows, rows: rows.length, nextToken: end ? undefined : `${p}:${offset + pageSize}` }
    } finally {
      inFlight--
    }
  }
  return { fetchPage, failures, requested, maxInFlight: () => maxInFlight }
}

const tokens = (n: number) => Array.from({ length: n }, (_, p) => `${p}:0`)
const allRows = (sizes: number[]) => sizes.flatMap((n, p) => Array.from({ length: n }, (_, i) => `${p}-${i}`))

describe('runPartitions', () => {
  it('reads every row exactly once with at most K requests in flight', async () => {
    const sizes = [23, 7, 0, 31, 12]
    const source = fakeSource(sizes, 5)
    const written: string[] = []
    const done: number[] = []
    const cursors = cursorsFor(tokens(sizes.length))
    await runPartitions({
      cursors,
      concurrency: 3,
      fetchPage: source.fetchPage,
      onPage: (_, rows) => written.push(...rows),
      onPartitionDone: (p) => done.push(p),
    })
    expect([...written].sort()).toEqual(allRows(sizes).sort())
    expect(source.maxInFlight()).toBeLessThanOrEqual(3)
    expect(source.maxInFlight()).toBeGreaterThan(1)
    expect([...done].sort()).toEqual([0, 1, 2, 3, 4])
    expect(cursors.map((c) => c.rows)).toEqual(sizes)
  })

  it('stops at the first failed page, aborts the others, and resumes from the last token of every partition, no duplicates', async () => {
    const sizes = [20, 20, 20]
    const source = fakeSource(sizes, 5)
    source.failures.set('1:10', 1)
    const written: string[] = []
    const cursors = cursorsFor(tokens(3))
    const failure = await runPartitions({
      cursors,
      concurrency: 3,
      fetchPage: source.fetchPage,
      onPage: (_, rows) => written.push(...rows),
    }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(PartitionFailure)
    expect((failure as PartitionFailure).partition).toBe(1)
    expect(cursors[1]!.nextToken).toBe('1:10')
    expect(written.filter((r) => r.startsWith('1-'))).toEqual(['1-0', '1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9'])

    await runPartitions({ cursors, concurrency: 3, fetchPage: source.fetchPage, onPage: (_, rows) => written.push(...rows) })
    expect(written).toHaveLength(60)
    expect(new Set(written).size).toBe(60)
    expect(source.requested.filter((t) => t === '1:0')).toHaveLength(1)
  })

  it('an abort rejects with its reason and writes nothing that arrives afterwards', async () => {
    const source = fakeSource([100, 100], 5)
    const controller = new AbortController()
    const written: string[] = []
    const run = runPartitions({
      cursors: cursorsFor(tokens(2)),
      concurrency: 2,
      fetchPage: source.fetchPage,
      signal: controller.signal,
      onPage: (_, rows) => {
        written.push(...rows)
        if (written.length >= 10) controller.abort(new Error('stop'))
      },
    })
    await expect(run).rejects.toThrow('stop')
    const count = written.length
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(written).toHaveLength(count)
    expect(count).toBeLessThan(200)
  })

  it('finishes at once when there are no partitions', async () => {
    await expect(
      runPartitions({
        cursors: [],
        concurrency: 4,
        fetchPage: async () => ({ data: [], rows: 0, nextToken: undefined }),
        onPage: () => {},
      }),
    ).resolves.toBeUndefined()
  })
})
