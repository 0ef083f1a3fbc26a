import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import {
  HS,
  MS,
  SESSIONS,
  call,
  dataValidationProblem,
  getSession,
  postSession,
  problem,
  sessionBody,
} from '../testing/sessions-fixtures.ts'

let server: TestServer
const ids: Record<string, string> = {}
const versions: Record<string, number> = {}

const newest = async () =>
  (await call<{ newestChangeVersion: number }>(server, 'changeQueries/v1/availableChangeVersions')).body.newestChangeVersion
const names = (body: unknown) =>
  (body as { sessionName: string; schoolReference: { schoolId: number } }[]).map((s) => `${s.sessionName}@${s.schoolReference.schoolId}`)

beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
  const make = async (key: string, init: Parameters<typeof sessionBody>[1]) => {
    ids[key] = (await postSession(server, sessionBody(server, init))).id
    versions[key] = await newest()
  }
  await make('A', { sessionName: 'Fall Semester 2021', gradingPeriods: 2, academicWeeks: 1 })
  await make('B', {
    sessionName: 'Spring Semester 2022',
    term: 'Spring Semester',
    beginDate: '2022-01-04',
    endDate: '2022-05-27',
    totalInstructionalDays: 90,
  })
  await make('C', { sessionName: 'Fall Semester 2021', schoolId: MS })
  await make('D', {
    sessionName: 'Fall Semester 2022',
    schoolYear: 2023,
    beginDate: '2022-08-22',
    endDate: '2022-12-16',
    totalInstructionalDays: 80,
  })
})
afterAll(() => server.close())

describe('GET /ed-fi/sessions/{id}', () => {
  it('answers the Ed-Fi JSON with links, _etag and _lastModifiedDate, and the quoted ETag header', async () => {
    const res = await call<Record<string, unknown>>(server, `${SESSIONS}/${ids.A}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const etag = res.body._etag as string
    expect(res.headers.get('etag')).toBe(`"${etag}"`)
    expect(Object.keys(res.body)).toEqual([
      'id',
      'sessionName',
      'schoolReference',
      'schoolYearTypeReference',
      'academicWeeks',
      'beginDate',
      'endDate',
      'gradingPeriods',
      'termDescriptor',
      'totalInstructionalDays',
      '_etag',
      '_lastModifiedDate',
    ])
    const href = (collection: string) => expect.stringMatching(new RegExp(`^/ed-fi/${collection}/[0-9a-f]{32}$`))
    const expected = sessionBody(server, { sessionName: 'Fall Semester 2021', gradingPeriods: 2, academicWeeks: 1 }) as {
      gradingPeriods: { gradingPeriodReference: object }[]
      academicWeeks: { academicWeekReference: object }[]
    }
    expect(res.body).toEqual({
      id: ids.A,
      sessionName: 'Fall Semester 2021',
      schoolReference: { schoolId: HS, link: { rel: 'School', href: href('schools') } },
      schoolYearTypeReference: { schoolYear: 2022, link: { rel: 'SchoolYearType', href: href('schoolYearTypes') } },
      academicWeeks: expected.academicWeeks.map(({ academicWeekReference }) => ({
        academicWeekReference: { ...academicWeekReference, link: { rel: 'AcademicWeek', href: href('academicWeeks') } },
      })),
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      gradingPeriods: expect.arrayContaining(
        expected.gradingPeriods.map(({ gradingPeriodReference }) => ({
          gradingPeriodReference: { ...gradingPeriodReference, link: { rel: 'GradingPeriod', href: href('gradingPeriods') } },
        })),
      ),
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      totalInstructionalDays: 81,
      _etag: expect.stringMatching(/^\d{19}$/),
      _lastModifiedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/),
    })
    expect((res.body.gradingPeriods as unknown[]).length).toBe(2)
  })

  it.each([
    ['unquoted', (etag: string) => etag],
    ['quoted', (etag: string) => `"${etag}"`],
  ])('answers 304 with no body when If-None-Match (%s) is the current etag', async (_form, format) => {
    const etag = (await getSession(server, ids.B))._etag as string
    const res = await call(server, `${SESSIONS}/${ids.B}`, { headers: { 'if-none-match': format(etag) } })
    expect(res.status).toBe(304)
    expect(res.text).toBe('')
    const stale = await call(server, `${SESSIONS}/${ids.B}`, { headers: { 'if-none-match': '5249999999999999999' } })
    expect(stale.status).toBe(200)
  })

  it('answers 404 for an unknown id, and a 400 on $.id for an id that is not a GUID', async () => {
    const unknown = await call(server, `${SESSIONS}/0123456789abcdef0123456789abcdef`)
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual(problem(404, 'urn:ed-fi:api:not-found', 'Not Found', 'The specified item could not be found.'))
    const notGuid = await call(server, `${SESSIONS}/not-a-guid`)
    expect(notGuid.status).toBe(400)
    expect(notGuid.body).toMatchObject({
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      validationErrors: { '$.id': ["The value 'not-a-guid' is not valid."] },
    })
  })

  it('accepts the id with dashes or braces, like .NET Guid binding', async () => {
    const dashed = ids.C!.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')
    expect((await call(server, `${SESSIONS}/${dashed.toUpperCase()}`)).status).toBe(200)
    expect((await call(server, `${SESSIONS}/%7B${dashed}%7D`)).status).toBe(200)
  })
})

describe('GET /ed-fi/sessions', () => {
  it('lists every session in aggregate-id order with a Next-Page-Token and no Total-Count by default', async () => {
    const res = await call(server, SESSIONS)
    expect(res.status).toBe(200)
    expect(names(res.body)).toEqual([
      `Fall Semester 2021@${HS}`,
      `Spring Semester 2022@${HS}`,
      `Fall Semester 2021@${MS}`,
      `Fall Semester 2022@${HS}`,
    ])
    expect(res.headers.get('total-count')).toBeNull()
    expect(res.headers.get('next-page-token')).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it.each([
    ['sessionName=fall semester 2021', ['A', 'C']],
    [`schoolId=${MS}`, ['C']],
    ['schoolYear=2023', ['D']],
    ['termDescriptor=URI://ED-FI.ORG/TermDescriptor%23spring semester', ['B']],
    ['termDescriptor=uri://ed-fi.org/TermDescriptor%23Nope', []],
    ['termDescriptor=Fall Semester', []],
    ['beginDate=2022-01-04', ['B']],
    ['endDate=2021-12-17', ['A', 'C']],
    ['totalInstructionalDays=80', ['D']],
    [`schoolId=${HS}&schoolYear=2022`, ['A', 'B']],
    ['SCHOOLYEAR=2023&Foo=bar', ['D']],
    ['sessionName=&schoolId=', ['A', 'B', 'C', 'D']],
  ])('filters by exact property values: %s', async (query, expected) => {
    const res = await call<{ id: string }[]>(server, `${SESSIONS}?${query}`)
    expect(res.status).toBe(200)
    expect(res.body.map((s) => s.id)).toEqual(expected.map((key) => ids[key]))
  })

  it('filters by id in any GUID format', async () => {
    const dashed = ids.B!.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')
    for (const id of [ids.B!, dashed]) {
      const res = await call<{ id: string }[]>(server, `${SESSIONS}?id=${id}`)
      expect(res.body.map((s) => s.id)).toEqual([ids.B])
    }
  })

  it('answers the model-binding 400 for values that are not of the parameter type, all at once', async () => {
    const res = await call(
      server,
      `${SESSIONS}?id=invalid&schoolId=abc&schoolYear=2022.5&totalInstructionalDays=x&beginDate=2021-13-01&endDate=tomorrow&limit=ten&minChangeVersion=1e3`,
    )
    expect(res.status).toBe(400)
    expect(res.body).toEqual(
      dataValidationProblem({
        '$.limit': ["The value 'ten' is not valid for Limit."],
        '$.minChangeVersion': ["The value '1e3' is not valid for MinChangeVersion."],
        '$.id': ["The value 'invalid' is not valid for Id."],
        '$.schoolId': ["The value 'abc' is not valid for SchoolId."],
        '$.schoolYear': ["The value '2022.5' is not valid for SchoolYear."],
        '$.beginDate': ["The value '2021-13-01' is not valid for BeginDate."],
        '$.endDate': ["The value 'tomorrow' is not valid for EndDate."],
        '$.totalInstructionalDays': ["The value 'x' is not valid for TotalInstructionalDays."],
      }),
    )
    const overflow = await call(server, `${SESSIONS}?schoolYear=2147483648&totalCount=maybe`)
    expect(overflow.body).toEqual(
      dataValidationProblem({
        '$.totalCount': ["The value 'maybe' is not valid for TotalCount."],
        '$.schoolYear': ["The value '2147483648' is not valid for SchoolYear."],
      }),
    )
  })

  it('limit=0 returns [] without Next-Page-Token; totalCount=true adds the count of all matching rows', async () => {
    const empty = await call(server, `${SESSIONS}?limit=0`)
    expect(empty.body).toEqual([])
    expect(empty.headers.get('next-page-token')).toBeNull()
    expect(empty.headers.get('total-count')).toBeNull()
    const counted = await call(server, `${SESSIONS}?limit=0&totalCount=true`)
    expect(counted.headers.get('total-count')).toBe('4')
    const filtered = await call(server, `${SESSIONS}?limit=1&totalCount=TRUE&schoolId=${HS}`)
    expect((filtered.body as unknown[]).length).toBe(1)
    expect(filtered.headers.get('total-count')).toBe('3')
    expect((await call(server, `${SESSIONS}?totalCount=false`)).headers.get('total-count')).toBeNull()
  })

  it('pages by offset and limit; each non-empty page carries a token that continues after its last item', async () => {
    const first = await call<{ id: string }[]>(server, `${SESSIONS}?limit=2`)
    expect(first.body.map((s) => s.id)).toEqual([ids.A, ids.B])
    const second = await call<{ id: string }[]>(server, `${SESSIONS}?offset=2&limit=2`)
    expect(second.body.map((s) => s.id)).toEqual([ids.C, ids.D])
    const continued = await call<{ id: string }[]>(server, `${SESSIONS}?pageToken=${first.headers.get('next-page-token')}&pageSize=2`)
    expect(continued.body.map((s) => s.id)).toEqual([ids.C, ids.D])
    const past = await call(server, `${SESSIONS}?offset=4`)
    expect(past.body).toEqual([])
    expect(past.headers.get('next-page-token')).toBeNull()
  })

  it('applies min/maxChangeVersion inclusively', async () => {
    const res = await call<{ id: string }[]>(server, `${SESSIONS}?minChangeVersion=${versions.B}&maxChangeVersion=${versions.C}`)
    expect(res.body.map((s) => s.id)).toEqual([ids.B, ids.C])
    const from = await call<{ id: string }[]>(server, `${SESSIONS}?MinChangeVersion=${versions.D}&totalCount=true`)
    expect(from.body.map((s) => s.id)).toEqual([ids.D])
    expect(from.headers.get('total-count')).toBe('1')
  })
})

describe('Use-Snapshot reads', () => {
  it('reads the snapshot taken before the sessions existed, then the refreshed one', async () => {
    const snapshot = { 'use-snapshot': 'true' }
    expect((await call(server, SESSIONS, { headers: snapshot })).body).toEqual([])
    expect((await call(server, `${SESSIONS}/${ids.A}`, { headers: snapshot })).status).toBe(404)
    expect((await call(server, 'admin/snapshot', { method: 'POST' })).status).toBe(200)
    expect((await call<unknown[]>(server, SESSIONS, { headers: snapshot })).body).toHaveLength(4)
    expect((await call(server, `${SESSIONS}/${ids.A}`, { headers: snapshot })).status).toBe(200)
    expect((await call<unknown[]>(server, SESSIONS, { headers: { 'use-snapshot': 'false' } })).body).toHaveLength(4)
  })

  it('answers 404 "Snapshot not found." when snapshots are off', async () => {
    const off = await startTestServer({ seed: 'reference', snapshots: false })
    try {
      const expected = problem(404, 'urn:ed-fi:api:not-found', 'Not Found', 'Snapshot not found.', {
        errors: ['The snapshot connection for the ODS has not been configured.'],
      })
      for (const path of [SESSIONS, `${SESSIONS}/${ids.A}`]) {
        const res = await call(off, path, { headers: { 'Use-Snapshot': 'True' } })
        expect(res.status).toBe(404)
        expect(res.body).toEqual(expected)
      }
    } finally {
      await off.close()
    }
  })
})
