import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { HIGH_SCHOOL, MIDDLE_SCHOOL, createSession, deleteSession, getJson, newestChangeVersion } from '../testing/session-api.ts'

// 36 sessions spread over two schools, two years, two terms and two lengths, with gaps in the
// aggregate ids (deleted sessions), so filtered partitions start at arbitrary ids.
let server: TestServer
let firstVersion = 0
let lastVersion = 0
const TERMS = ['Fall Semester', 'Spring Semester']

beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
  firstVersion = (await newestChangeVersion(server)) + 1
  for (let i = 0; i < 40; i++) {
    const id = await createSession(
      server,
      {
        sessionName: `PART ${String(i).padStart(2, '0')}`,
        schoolId: i % 3 === 0 ? MIDDLE_SCHOOL : HIGH_SCHOOL,
        schoolYear: i % 2 === 0 ? 2022 : 2023,
        term: TERMS[Math.floor(i / 2) % 2],
        totalInstructionalDays: i % 5 === 0 ? 90 : 81,
      },
      '255901',
    )
    if (i % 10 === 4) await deleteSession(server, id, '255901')
  }
  lastVersion = await newestChangeVersion(server)
}, 60_000)
afterAll(() => server.close())

const partitions = (query: string, client?: string, headers?: Record<string, string>) =>
  getJson<{ pageTokens: string[] }>(server, `data/v3/ed-fi/sessions/partitions?${query}`, { client, headers })

async function visibleIds(filters: string, client?: string): Promise<string[]> {
  const res = await getJson<{ id: string }[]>(server, `data/v3/ed-fi/sessions?${filters}&limit=500`, { client })
  expect(res.status).toBe(200)
  return res.body.map((s) => s.id)
}

async function walk(token: string, filters: string, pageSize: number, client?: string): Promise<string[]> {
  const ids: string[] = []
  let next: string | null = token
  for (let guard = 0; next && guard < 100; guard++) {
    const res: { headers: Headers; body: { id: string }[]; status: number } = await getJson<{ id: string }[]>(
      server,
      `data/v3/ed-fi/sessions?${filters}&pageToken=${encodeURIComponent(next)}&pageSize=${pageSize}`,
      { client },
    )
    expect(res.status).toBe(200)
    if (res.body.length === 0) break
    ids.push(...res.body.map((s) => s.id))
    next = res.headers.get('next-page-token')
  }
  return ids
}

describe('GET /ed-fi/sessions/partitions', () => {
  it.each(['0', '201', '-1'])('number=%s -> 400 with the ODS message', async (number) => {
    const res = await partitions(`number=${number}`)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      detail: 'The request construction was invalid.',
      type: 'urn:ed-fi:api:bad-request:parameter-validation-failed',
      title: 'Parameter Validation Failed',
      status: 400,
      correlationId: expect.any(String),
      errors: ['Number of partitions must be between 1 and 200.'],
    })
  })

  it('answers a value that does not bind (number=abc) with the model-binding 400, and ignores an unbindable filter', async () => {
    const res = await partitions('number=abc&minChangeVersion=x')
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      detail: "Data validation failed. See 'validationErrors' for details.",
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      title: 'Data Validation Failed',
      status: 400,
      correlationId: expect.any(String),
      validationErrors: {
        '$.number': ["The value 'abc' is not valid for number."],
        '$.minChangeVersion': ["The value 'x' is not valid for MinChangeVersion."],
      },
    })
    // v7.3 binds the resource filters and discards the binding result.
    const lenient = await partitions('schoolId=abc&number=200&allowSmallPartitions=true')
    expect(lenient.body.pageTokens).toHaveLength(36)
  })

  it('keeps at least 5 x 500 rows per partition unless allowSmallPartitions=true', async () => {
    expect((await partitions('number=200')).body.pageTokens).toHaveLength(1)
    expect((await partitions('number=')).body.pageTokens).toHaveLength(1)
    const all = await visibleIds('')
    expect(all).toHaveLength(36)
    expect((await partitions('number=200&allowSmallPartitions=true')).body.pageTokens).toHaveLength(36)
  })

  it('sizes partitions as count / number (floored); the last absorbs the remainder', async () => {
    const tokens = (await partitions('number=5&allowSmallPartitions=true')).body.pageTokens
    expect(tokens).toHaveLength(5)
    const sizes = await Promise.all(tokens.map(async (t) => (await walk(t, '', 500)).length))
    expect(sizes).toEqual([7, 7, 7, 7, 8])
  })

  it('sizes for 10 partitions when number is omitted and, like v7.3, does not cap the count then', async () => {
    // 36 rows / 10 = 3 per partition -> 12 starting ids; with number=10 the last token takes the rest.
    expect((await partitions('allowSmallPartitions=true')).body.pageTokens).toHaveLength(12)
    expect((await partitions('number=10&allowSmallPartitions=true')).body.pageTokens).toHaveLength(10)
  })

  it('answers no tokens when nothing matches, and rejects a malformed pageToken', async () => {
    expect((await partitions(`minChangeVersion=${lastVersion + 1}`)).body).toEqual({ pageTokens: [] })
    expect((await partitions('sessionName=NO SUCH SESSION')).body).toEqual({ pageTokens: [] })
    const bad = await partitions('pageToken=DefinitelyNotValid')
    expect(bad.status).toBe(400)
    expect(bad.body).toMatchObject({ errors: ['The page token provided was invalid.'] })
  })

  it("covers only the client's schools", async () => {
    const tokens = (await partitions('number=3&allowSmallPartitions=true', '255901044')).body.pageTokens
    const walked = (await Promise.all(tokens.map((t) => walk(t, '', 4, '255901044')))).flat()
    expect(walked.sort()).toEqual((await visibleIds('', '255901044')).sort())
    expect(walked).toHaveLength(13)
  })

  it('reads the snapshot with Use-Snapshot: true', async () => {
    await server.api('admin/snapshot', { method: 'POST' })
    const live = await partitions('number=4&allowSmallPartitions=true')
    const snap = await partitions('number=4&allowSmallPartitions=true', undefined, { 'Use-Snapshot': 'true' })
    expect(snap).toMatchObject({ status: 200, body: live.body })
  })

  it('property: walking every partition with cursor paging yields every visible session exactly once', async () => {
    const filterArb = fc.record(
      {
        schoolId: fc.constantFrom(HIGH_SCHOOL, MIDDLE_SCHOOL),
        schoolYear: fc.constantFrom(2022, 2023),
        termDescriptor: fc.constantFrom(...TERMS.map((t) => `uri://ed-fi.org/TermDescriptor#${t}`)),
        totalInstructionalDays: fc.constantFrom(81, 90),
        minChangeVersion: fc.integer({ min: firstVersion, max: lastVersion }),
        maxChangeVersion: fc.integer({ min: firstVersion, max: lastVersion }),
      },
      { requiredKeys: [] },
    )
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 9 }),
        filterArb,
        fc.constantFrom('255901', '255901001'),
        async (number, pageSize, filters, client) => {
          const query = new URLSearchParams(Object.entries(filters).map(([k, v]): [string, string] => [k, String(v)])).toString()
          const expected = await visibleIds(query, client)
          const res = await partitions(`${query}&number=${number}&allowSmallPartitions=true`, client)
          expect(res.status).toBe(200)
          const tokens = res.body.pageTokens
          expect(tokens.length).toBeLessThanOrEqual(Math.min(number, expected.length))
          if (expected.length > 0) expect(tokens.length).toBeGreaterThan(0)

          const perPartition = await Promise.all(tokens.map((t) => walk(t, query, pageSize, client)))
          const walked = perPartition.flat()
          expect(new Set(walked).size).toBe(walked.length)
          expect([...walked].sort()).toEqual([...expected].sort())

          // About total/number rows each: every partition but the last holds exactly floor(total/number).
          const size = Math.max(1, Math.floor(expected.length / number))
          perPartition.slice(0, -1).forEach((ids) => expect(ids).toHaveLength(size))
          if (perPartition.length > 0) expect(perPartition.at(-1)!.length).toBeGreaterThanOrEqual(Math.min(size, expected.length))
        },
      ),
      { numRuns: 40 },
    )
  }, 120_000)
})
