import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { HS, MS, SESSIONS, call, parameterProblem, postSession, sessionBody } from '../testing/sessions-fixtures.ts'

const OTHER_SCHOOL = 255901107
let server: TestServer
let token: string

beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
  const schools = [HS, MS, OTHER_SCHOOL]
  for (let i = 0; i < 24; i++) {
    await postSession(
      server,
      sessionBody(server, { sessionName: `Paging ${String(i).padStart(2, '0')}`, schoolId: schools[i % 3], schoolYear: 2022 + (i % 2) }),
    )
  }
  token = (await call(server, `${SESSIONS}?limit=3`)).headers.get('next-page-token')!
})
afterAll(() => server.close())

type Item = { id: string }

describe('paging validation', () => {
  it.each([
    ['limit=501', 'Limit must be a value between 0 and 500.'],
    ['limit=-1', 'Limit must be a value between 0 and 500.'],
    ['offset=-1', 'Offset cannot be a negative value.'],
    ['offset=-1&limit=501', 'Offset cannot be a negative value.'],
    ['pageSize=2', 'PageToken is required when pageSize is specified.'],
    ['pageSize=2&totalCount=true', 'PageToken is required when pageSize is specified.'],
    ['pageSize=2&offset=3', 'Use limit instead of pageSize when using limit/offset paging.'],
    ['pageToken=DefinitelyNotValid&pageSize=2', 'The page token provided was invalid.'],
    ['pageToken=%20TOKEN&pageSize=2', 'The page token provided was invalid.'],
    ['pageToken=LTIxNDc0NzQwMzgsMjE0NzQ4MzY0Nw%3D%3D&offset=1', 'The page token provided was invalid.'],
    [
      'pageToken=TOKEN&pageSize=2&offset=0',
      'Both offset and pageToken parameters were provided, but they support alternative paging approaches and cannot be used together.',
    ],
    ['pageToken=TOKEN&limit=5', 'Use pageSize instead of limit when using cursor paging with pageToken.'],
    ['pageToken=TOKEN&pageSize=501', 'PageSize must be a value between 0 and 500.'],
    ['pageToken=TOKEN&pageSize=-1', 'PageSize must be a value between 0 and 500.'],
    [
      'pageToken=TOKEN&pageSize=2&totalCount=true',
      'Total count cannot be determined while using cursor paging (when pageToken is specified).',
    ],
  ])('%s -> 400 "%s"', async (query, error) => {
    const res = await call(server, `${SESSIONS}?${query.replace('TOKEN', token)}`)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.body).toEqual(parameterProblem(error))
  })

  it.each([
    ['limit=500', 24],
    ['limit=0&offset=5', 0],
    ['pageSize=2&limit=3', 3],
    ['pageToken=TOKEN', 21],
    ['pageToken=TOKEN&pageSize=2&limit=0', 2],
    ['pageToken=TOKEN&pageSize=0', 0],
  ])('%s -> 200 with %i items', async (query, count) => {
    const res = await call<Item[]>(server, `${SESSIONS}?${query.replace('TOKEN', token)}`)
    expect(res.status).toBe(200)
    expect(res.body).toHaveLength(count)
  })
})

async function cursorWalk(pageSize: number, query: string, client: string): Promise<string[]> {
  const seen: string[] = []
  let res = await call<Item[]>(server, `${SESSIONS}?limit=${pageSize}&${query}`, { client })
  for (let guard = 0; guard < 100; guard++) {
    expect(res.status).toBe(200)
    seen.push(...res.body.map((s) => s.id))
    const next = res.headers.get('next-page-token')
    if (res.body.length === 0) {
      expect(next).toBeNull()
      return seen
    }
    expect(next).not.toBeNull()
    res = await call<Item[]>(server, `${SESSIONS}?pageToken=${next}&pageSize=${pageSize}&${query}`, { client })
  }
  throw new Error('cursor walk did not end')
}

async function offsetWalk(limit: number, query: string, client: string): Promise<string[]> {
  const seen: string[] = []
  for (let offset = 0; offset < 1000; offset += limit) {
    const res = await call<Item[]>(server, `${SESSIONS}?offset=${offset}&limit=${limit}&${query}`, { client })
    expect(res.status).toBe(200)
    if (res.body.length === 0) return seen
    seen.push(...res.body.map((s) => s.id))
  }
  throw new Error('offset walk did not end')
}

describe('walking all pages', () => {
  it('a cursor walk of a partition stays inside it and ends with an empty page without token', async () => {
    const partitions = await call<{ pageTokens: string[] }>(server, `${SESSIONS}/partitions?number=2&allowSmallPartitions=true`)
    const all = (await call<Item[]>(server, `${SESSIONS}?limit=500`)).body.map((s) => s.id)
    const walked: string[] = []
    for (const first of partitions.body.pageTokens) {
      let next: string | null = first
      while (next) {
        const res: { body: Item[]; headers: Headers } = await call<Item[]>(server, `${SESSIONS}?pageToken=${next}&pageSize=5`)
        walked.push(...res.body.map((s) => s.id))
        next = res.headers.get('next-page-token')
        if (res.body.length === 0) expect(next).toBeNull()
      }
    }
    expect(walked).toEqual(all)
  })

  it('cursor and offset walks yield every visible session exactly once, in aggregate-id order', async () => {
    const filters = fc.constantFrom(
      '',
      'schoolYear=2022',
      `schoolId=${MS}`,
      'sessionName=paging 07',
      'termDescriptor=uri://ed-fi.org/TermDescriptor%23Spring Semester',
    )
    const clients = fc.constantFrom('255901', '255901001', '255901044')
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 9 }), filters, clients, async (pageSize, query, client) => {
        const expected = (await call<Item[]>(server, `${SESSIONS}?limit=500&${query}`, { client })).body.map((s) => s.id)
        expect(await cursorWalk(pageSize, query, client)).toEqual(expected)
        expect(await offsetWalk(pageSize, query, client)).toEqual(expected)
      }),
      { numRuns: 25 },
    )
  })
})
