// The whole export (count, /partitions, parallel cursor walk, ordered file) against the REAL
// embedded Ed-Fi API: every row once, in aggregate-id order, through retries, a resume after a
// failure, a cancel, and a snapshot while another client writes.
import { describe, expect, it, vi } from 'vitest'
import { connectApiClient, request } from '../../lib/api-client.ts'
import { createConnection } from '../../shared/connection/create-connection.ts'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import type { SessionFilters } from '../../entities/sessions/session-params.ts'
import { sessionBody, spyOnFetch, uniqueName } from '../../testing/session-test-support.tsx'
import { upsertSession } from '../../entities/sessions/write-session.ts'
import { ExportJob, type ExportJobOptions } from './export-job.ts'
import { fileFormat } from './export-formats.ts'
import type { ExportSink } from './export-sinks.ts'
import { PartitionFailure } from '../../entities/sessions/partition-runner.ts'

const api = setUpEmbeddedApi()

/** Collects the file in memory; records whether it was offered or dropped. */
function memorySink() {
  const chunks: Blob[] = []
  const state = { closed: false, aborted: false }
  const sink: ExportSink = {
    write: (chunk) => void chunks.push(chunk),
    close: async () => {
      state.closed = true
      return { kind: 'saved', fileName: 'memory' }
    },
    abort: async () => {
      state.aborted = true
      chunks.length = 0
    },
  }
  // Blob.text() would drop a byte order mark: decode the bytes as they are.
  const text = async () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Blob(chunks).arrayBuffer())
  return { sink, state, text }
}

/** The filtered set by sequential offset paging, bodies exactly as sent: the reference an export must equal. */
async function apiBodies(filters: SessionFilters, snapshot = false): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = []
  for (let offset = 0; ; offset += 500) {
    const search = new URLSearchParams({
      ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)])),
      offset: String(offset),
      limit: '500',
    })
    const page = (await (await request(`ed-fi/sessions?${search}`, { snapshot })).json()) as Record<string, unknown>[]
    all.push(...page)
    if (page.length < 500) return all
  }
}

const jsonl = (bodies: unknown[]) => bodies.map((b) => `${JSON.stringify(b)}\n`).join('')
const lookups = { schoolName: () => 'School' }

function job(filters: SessionFilters, sink: ExportSink, overrides: Partial<ExportJobOptions> = {}) {
  return new ExportJob({
    filters,
    snapshot: false,
    sink,
    format: fileFormat({ format: 'jsonl', bom: false, lookups }),
    pageSize: 10,
    maxPartitions: 4,
    ...overrides,
  })
}

describe('ExportJob against the embedded API', () => {
  it('writes every session of the filtered set once, in the order of one sequential walk, with K partitions in parallel', async () => {
    const filters = { schoolId: 255901001 }
    const expected = await apiBodies(filters)
    expect(expected.length).toBeGreaterThan(30)
    const sent = spyOnFetch()
    const out = memorySink()
    const progress: number[] = []
    const outcome = await job(filters, out.sink, { onProgress: (p) => progress.push(p.rowsWritten) }).run()

    expect(await out.text()).toBe(jsonl(expected))
    expect(outcome).toMatchObject({ rowsWritten: expected.length, expectedRows: expected.length, snapshotReplaced: false })
    expect(progress.at(-1)).toBe(expected.length)
    const urls = sent().map((r) => r.url)
    expect(urls.filter((u) => u.searchParams.get('totalCount') === 'true' && u.searchParams.get('limit') === '0')).toHaveLength(1)
    const partitions = urls.find((u) => u.pathname.endsWith('/partitions'))!
    expect(partitions.searchParams.get('number')).toBe('4')
    expect(partitions.searchParams.get('allowSmallPartitions')).toBe('true')
    expect(partitions.searchParams.get('schoolId')).toBe('255901001')
    const pages = urls.filter((u) => u.searchParams.has('pageToken'))
    expect(pages.every((u) => u.searchParams.get('pageSize') === '10' && u.searchParams.get('schoolId') === '255901001')).toBe(true)
    expect(new Set(pages.map((u) => u.searchParams.get('pageToken'))).size).toBe(pages.length)
  })

  it('writes CSV with a header and one record per session', async () => {
    const filters = { schoolId: 255901044, schoolYear: 2025 }
    const expected = await apiBodies(filters)
    const out = memorySink()
    await job(filters, out.sink, { format: fileFormat({ format: 'csv', bom: true, lookups }) }).run()
    const text = await out.text()
    expect(text.startsWith('\uFEFFSession ID,Session name,')).toBe(true)
    const ids = text
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[0])
    expect(ids).toEqual(expected.map((b) => b.id))
  })

  it('a page that fails once is read again by the network door and written once', async () => {
    const filters = { schoolYear: 2024 }
    const expected = await apiBodies(filters)
    await api.injectFault({ kind: 'status', status: 500, count: 1, pathIncludes: 'pageToken=' })
    const out = memorySink()
    const outcome = await job(filters, out.sink).run()
    expect(await out.text()).toBe(jsonl(expected))
    expect(outcome.rowsWritten).toBe(expected.length)
  })

  it('after a page keeps failing, resume() continues from each partition’s last token: still every row exactly once', async () => {
    const filters = { schoolYear: 2023 }
    const expected = await apiBodies(filters)
    const out = memorySink()
    const exportJob = job(filters, out.sink, { maxPartitions: 2, pageSize: 5 })
    // Fails the door's three attempts for whichever pages come first.
    await api.injectFault({ kind: 'status', status: 500, count: 6, pathIncludes: 'pageToken=' })
    const failure = await exportJob.run().catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(PartitionFailure)
    expect(out.state.closed).toBe(false)

    const sent = spyOnFetch()
    await exportJob.run()
    expect(await out.text()).toBe(jsonl(expected))
    // The resume neither counts nor partitions again.
    expect(sent().some((r) => r.url.pathname.endsWith('/partitions') || r.url.searchParams.has('totalCount'))).toBe(false)
  })

  it('cancel aborts every request in flight at once and offers nothing', async () => {
    await api.injectFault({ kind: 'delay', ms: 3000, count: 8, pathIncludes: 'pageToken=' })
    const sent = spyOnFetch()
    const out = memorySink()
    const exportJob = job({}, out.sink, { maxPartitions: 4, pageSize: 5 })
    const running = exportJob.run()
    await expect.poll(() => sent().filter((r) => r.url.searchParams.has('pageToken')).length).toBe(4)
    await exportJob.cancel()
    await expect(running).rejects.toMatchObject({ name: 'AbortError' })
    const pages = sent().filter((r) => r.url.searchParams.has('pageToken'))
    expect(pages.every((r) => r.signal?.aborted)).toBe(true)
    expect(out.state).toEqual({ closed: false, aborted: true })
    await fetch(`${api.apiRoot}/__faults`, { method: 'DELETE' })
  })

  it('from the snapshot, the file equals the snapshot exactly while another client writes', async () => {
    const year = { schoolYear: 2025 }
    const admin = { authorization: `Bearer ${await api.token('RvcohKz9zHI4', 'E1iEFusaNf81xzCxwHfbolkC')}` }
    await upsertSession(
      sessionBody(uniqueName('Export snapshot, "before"'), {
        schoolYearTypeReference: { schoolYear: 2025 },
        beginDate: '2025-01-06',
        endDate: '2025-01-10',
      }),
    )
    expect((await fetch(`${api.apiRoot}/admin/snapshot`, { method: 'POST', headers: admin })).status).toBe(200)
    const snapshotBodies = await apiBodies(year, true)

    await api.injectFault({ kind: 'delay', ms: 400, count: 2, pathIncludes: 'pageToken=' })
    const out = memorySink()
    const exportJob = job(year, out.sink, { snapshot: true })
    const running = exportJob.run()
    const late = uniqueName('Export snapshot after')
    const colleague = { authorization: `Bearer ${await api.token()}`, 'content-type': 'application/json' }
    const wrote = await fetch(`${api.apiRoot}/data/v3/ed-fi/sessions`, {
      method: 'POST',
      headers: colleague,
      body: JSON.stringify(
        sessionBody(late, { schoolYearTypeReference: { schoolYear: 2025 }, beginDate: '2025-02-03', endDate: '2025-02-07' }),
      ),
    })
    expect(wrote.status).toBe(201)
    const outcome = await running

    expect(await out.text()).toBe(jsonl(snapshotBodies))
    expect(outcome).toMatchObject({ rowsWritten: snapshotBodies.length, expectedRows: snapshotBodies.length, snapshotReplaced: false })
    // The write happened: live data has the row the snapshot export rightly left out.
    expect((await apiBodies(year)).some((b) => b.sessionName === late)).toBe(true)
  })

  it('a token renewal in the middle of a parallel export is one token request, and the file is still exact', async () => {
    let clock = Date.now()
    const connection = createConnection(
      { apiRoot: api.apiRoot, clientKey: 'RvcohKz9zHI4', clientSecret: 'E1iEFusaNf81xzCxwHfbolkC' },
      { now: () => clock },
    )
    connectApiClient(connection)
    // Its one-time capability probes go first, so the faults below meet only the export's pages.
    await connection.capabilities()
    const filters = { schoolYear: 2022 }
    const expected = await apiBodies(filters)
    // The token is no longer brand new (a renewal right after issuing one is answered with the same token).
    clock += 60_000
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    // Every partition's first page (K of them, in flight together) is refused as if the token had
    // expired on the server; each is sent again once with the renewed token.
    const partitions = Math.min(4, Math.ceil(expected.length / 5))
    expect(partitions).toBeGreaterThan(1)
    await api.injectFault({ kind: 'status', status: 401, count: partitions, pathIncludes: 'pageToken=' })
    const out = memorySink()
    await job(filters, out.sink, { maxPartitions: 4, pageSize: 5 }).run()
    expect(await out.text()).toBe(jsonl(expected))
    const tokenRequests = fetchSpy.mock.calls.filter(([input]) => String(input).endsWith('/oauth/token'))
    expect(tokenRequests).toHaveLength(1)
  })
})
