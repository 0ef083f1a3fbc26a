import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { SESSIONS, call, databaseFingerprint, getSession, postSession, sessionBody } from '../testing/sessions-fixtures.ts'

// Properties over random input: a client mistake is always a 4xx problem, never a 5xx, and never
// leaves a trace in the database. And the optimistic lock under concurrent writers.

let server: TestServer
let id: string
let valid: Record<string, unknown>

beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
  valid = sessionBody(server, { sessionName: 'Fuzz Target', gradingPeriods: 1, academicWeeks: 1 })
  id = (await postSession(server, valid)).id
  await postSession(server, sessionBody(server, { sessionName: 'Fuzz Other', schoolYear: 2023 }))
})
afterAll(() => server.close())

const names = [
  'offset',
  'limit',
  'pageSize',
  'pageToken',
  'totalCount',
  'minChangeVersion',
  'maxChangeVersion',
  'sessionName',
  'schoolId',
  'schoolYear',
  'termDescriptor',
  'beginDate',
  'endDate',
  'id',
  'totalInstructionalDays',
  'foo',
]
const value = fc.oneof(
  fc.string(),
  fc.integer().map(String),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '501',
    '1e3',
    '9999999999999999999999',
    'true',
    'TRUE',
    'NaN',
    '2021-02-30',
    '%',
    '#',
    'MSwy',
    'LTE',
    '\u0000',
    '😀',
  ),
)
const queryString = fc
  .array(fc.tuple(fc.constantFrom(...names), fc.boolean(), value), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, upper, v]) => `${encodeURIComponent(upper ? k.toUpperCase() : k)}=${encodeURIComponent(v)}`).join('&'))

/** Bodies that are wrong by construction (one sure defect), with random noise elsewhere. */
const defect = fc.constantFrom<[string, unknown]>(
  ['sessionName', undefined],
  ['sessionName', ''],
  ['totalInstructionalDays', -1],
  ['totalInstructionalDays', 'many'],
  ['termDescriptor', 'Fall Semester'],
  ['termDescriptor', 'uri://ed-fi.org/TermDescriptor#Nope'],
  ['beginDate', 'yesterday'],
  ['schoolReference', undefined],
  ['schoolYearTypeReference', { schoolYear: 'x' }],
  ['gradingPeriods', [{ gradingPeriodReference: { schoolId: 1 } }]],
  ['academicWeeks', 'weeks'],
)
const badObject = fc
  .tuple(
    defect,
    fc.dictionary(fc.constantFrom('endDate', 'foo', 'academicWeeks', 'gradingPeriods', '_etag', 'link'), fc.jsonValue(), { maxKeys: 3 }),
  )
  .map(([[member, broken], noise]) => {
    const body: Record<string, unknown> = { ...valid, ...noise, [member]: broken }
    if (broken === undefined) delete body[member]
    return JSON.stringify(body)
  })
const notAnObject = fc
  .jsonValue()
  .filter((v) => typeof v !== 'object' || v === null || Array.isArray(v))
  .map((v) => JSON.stringify(v))
const badBody = fc.oneof(badObject, notAnObject, fc.string())
const headers = fc.record(
  {
    'if-match': fc.oneof(fc.string(), fc.bigInt().map(String)),
    'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml'),
  },
  { requiredKeys: [] },
)

describe('random client mistakes', () => {
  it('GET with random query strings never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(queryString, async (query) => {
        const res = await call(server, `${SESSIONS}?${query}`)
        expect(res.status, `${query} -> ${res.text}`).toBeLessThan(500)
        if (res.status !== 200) expect(res.body).toMatchObject({ status: res.status, correlationId: expect.any(String) })
      }),
      { numRuns: 300 },
    )
  })

  it('POST and PUT with bad bodies answer 4xx and never change the database', async () => {
    const before = { ...(await databaseFingerprint(server)), target: await getSession(server, id) }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('POST', 'PUT'), badBody, headers, async (method, body, extra) => {
        const path = method === 'POST' ? SESSIONS : `${SESSIONS}/${id}`
        const res = await call(server, path, { method, body, headers: { 'content-type': 'application/json', ...extra } })
        expect(res.status, `${method} ${body} -> ${res.text}`).toBeGreaterThanOrEqual(400)
        expect(res.status, `${method} ${body} -> ${res.text}`).toBeLessThan(500)
      }),
      { numRuns: 300 },
    )
    expect({ ...(await databaseFingerprint(server)), target: await getSession(server, id) }).toEqual(before)
  })
})

describe('concurrent writers', () => {
  it('of 10 simultaneous PUTs with the same If-Match exactly one succeeds and nine get 412', async () => {
    const { id: target, etag } = await postSession(server, sessionBody(server, { sessionName: 'Race' }))
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(server, `${SESSIONS}/${target}`, {
          method: 'PUT',
          json: sessionBody(server, { sessionName: 'Race', totalInstructionalDays: 100 + i }),
          headers: { 'if-match': `"${etag}"` },
        }),
      ),
    )
    const statuses = results.map((r) => r.status).sort()
    expect(statuses).toEqual([204, ...Array(9).fill(412)])
    const winner = results.find((r) => r.status === 204)!
    expect(`"${(await getSession(server, target))._etag}"`).toBe(winner.headers.get('etag'))
  })

  it('of 10 simultaneous POSTs of one new natural key, one creates and nine update the same session', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(server, SESSIONS, { method: 'POST', json: sessionBody(server, { sessionName: 'Stampede', totalInstructionalDays: i }) }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201])
    expect(new Set(results.map((r) => r.headers.get('location'))).size).toBe(1)
    expect((await call<unknown[]>(server, `${SESSIONS}?sessionName=Stampede`)).body).toHaveLength(1)
  })
})
