import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { authorizationProblem, call, dataValidationProblem, parameterProblem, problem } from '../testing/sessions-fixtures.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

const ED_FI = 'data/v3/ed-fi'
type Item = Record<string, unknown> & { id: string; _etag: string; _lastModifiedDate: string }
const list = (path: string, client?: string) => call<Item[]>(server, `${ED_FI}/${path}`, { client })

describe('GET /ed-fi/schools', () => {
  it("lists only the caller's schools, each with id, _etag and _lastModifiedDate", async () => {
    const res = await list('schools')
    expect(res.status).toBe(200)
    expect(res.body.map((s) => [s.schoolId, s.nameOfInstitution])).toEqual([
      [255901001, 'Grand Bend High School'],
      [255901044, 'Grand Bend Middle School'],
      [255901107, 'Grand Bend Elementary School'],
    ])
    const school = res.body[0]!
    expect(Object.keys(school)).toEqual([
      'id',
      'schoolId',
      'localEducationAgencyReference',
      'nameOfInstitution',
      'shortNameOfInstitution',
      '_etag',
      '_lastModifiedDate',
    ])
    expect(school.id).toMatch(/^[0-9a-f]{32}$/)
    expect(school.localEducationAgencyReference).toEqual({ localEducationAgencyId: 255901 })
    expect(school._etag).toMatch(/^\d+$/)
    expect(school._lastModifiedDate).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/)
    expect((await list('schools', '255901044')).body.map((s) => s.schoolId)).toEqual([255901044])
  })

  it('filters by exact property values, case-insensitively for text', async () => {
    expect((await list('schools?nameOfInstitution=grand bend middle school')).body.map((s) => s.schoolId)).toEqual([255901044])
    expect((await list('schools?nameOfInstitution=Grand Bend')).body).toEqual([])
    expect((await list('schools?localEducationAgencyId=255901&schoolId=255901107')).body).toHaveLength(1)
  })

  it('answers 403 for a school outside the claims and 404 for an unknown id', async () => {
    const [middle] = (await list('schools?schoolId=255901044')).body
    const forbidden = await call(server, `${ED_FI}/schools/${middle!.id}`, { client: '255901001' })
    expect(forbidden.status).toBe(403)
    expect(forbidden.body).toEqual(authorizationProblem('255901001'))
    const missing = await call(server, `${ED_FI}/schools/${'0'.repeat(31)}1`)
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual(problem(404, 'urn:ed-fi:api:not-found', 'Not Found', 'The specified item could not be found.'))
  })
})

describe('GET /ed-fi/schoolYearTypes', () => {
  it('pages with offset/limit (500 when omitted) and reports Total-Count on request', async () => {
    const all = await list('schoolYearTypes?totalCount=true')
    expect(all.headers.get('total-count')).toBe('60')
    expect(all.body).toHaveLength(60)
    expect(all.body[0]).toMatchObject({ schoolYear: 1991, schoolYearDescription: '1990-1991', currentSchoolYear: false })
    const page = await list('schoolYearTypes?offset=30&limit=2')
    expect(page.body.map((y) => y.schoolYear)).toEqual([2021, 2022])
    expect(page.headers.get('total-count')).toBeNull()
    const countOnly = await list('schoolYearTypes?limit=0&totalCount=true')
    expect([countOnly.body, countOnly.headers.get('total-count')]).toEqual([[], '60'])
  })

  it('filters by schoolYear and currentSchoolYear', async () => {
    expect((await list('schoolYearTypes?schoolYear=2022')).body.map((y) => y.schoolYearDescription)).toEqual(['2021-2022'])
    expect((await list('schoolYearTypes?currentSchoolYear=true')).body.map((y) => y.schoolYear)).toEqual([2027])
  })

  it('answers the sessions paging errors', async () => {
    expect((await list('schoolYearTypes?limit=501')).body).toEqual(parameterProblem('Limit must be a value between 0 and 500.'))
    expect((await list('schoolYearTypes?offset=-1')).body).toEqual(parameterProblem('Offset cannot be a negative value.'))
    const unbound = await list('schoolYearTypes?schoolYear=abc&limit=x')
    expect(unbound.status).toBe(400)
    expect(unbound.body).toEqual(
      dataValidationProblem({
        '$.limit': ["The value 'x' is not valid for Limit."],
        '$.schoolYear': ["The value 'abc' is not valid for SchoolYear."],
      }),
    )
  })
})

describe('GET /ed-fi/termDescriptors and /ed-fi/gradingPeriodDescriptors', () => {
  it('lists the Ed-Fi code values with their descriptor ids', async () => {
    const terms = await list('termDescriptors')
    expect(terms.body).toHaveLength(16)
    const fall = terms.body.find((d) => d.codeValue === 'Fall Semester')!
    expect(Object.keys(fall)).toEqual([
      'id',
      'termDescriptorId',
      'codeValue',
      'description',
      'namespace',
      'shortDescription',
      '_etag',
      '_lastModifiedDate',
    ])
    expect(fall).toMatchObject({
      namespace: 'uri://ed-fi.org/TermDescriptor',
      shortDescription: 'Fall Semester',
      termDescriptorId: expect.any(Number),
    })
    expect((await list('gradingPeriodDescriptors?totalCount=true')).headers.get('total-count')).toBe('20')
  })

  it('matches descriptor filters case-insensitively', async () => {
    const found = await list('termDescriptors?codeValue=FALL SEMESTER&namespace=URI://ED-FI.ORG/TermDescriptor')
    expect(found.body.map((d) => d.codeValue)).toEqual(['Fall Semester'])
    expect((await list('gradingPeriodDescriptors?codeValue=fall semester')).body).toEqual([])
  })
})

describe('GET /ed-fi/gradingPeriods', () => {
  it('filters by school and school year, with references and links to the school and year', async () => {
    const res = await list('gradingPeriods?schoolId=255901001&schoolYear=2022')
    expect(res.body.map((p) => p.gradingPeriodName)).toEqual([
      '2021-2022 First Semester',
      '2021-2022 Second Semester',
      '2021-2022 Summer Semester',
    ])
    const first = res.body[0]!
    expect(first).toMatchObject({
      gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Semester',
      schoolReference: { schoolId: 255901001, link: { rel: 'School', href: expect.stringMatching(/^\/ed-fi\/schools\/[0-9a-f]{32}$/) } },
      schoolYearTypeReference: {
        schoolYear: 2022,
        link: { rel: 'SchoolYearType', href: expect.stringMatching(/^\/ed-fi\/schoolYearTypes\//) },
      },
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      periodSequence: 1,
      totalInstructionalDays: 81,
    })
    const byDescriptor = await list(
      'gradingPeriods?schoolYear=2022&gradingPeriodDescriptor=URI://ed-fi.org/GradingPeriodDescriptor%23first semester',
    )
    expect(byDescriptor.body.map((p) => p.schoolReference)).toEqual([expect.objectContaining({ schoolId: 255901001 })])
  })

  it('shows a school-only client just its school, and hides the neighbouring district', async () => {
    const counts = async (client?: string) =>
      Number((await list('gradingPeriods?limit=0&totalCount=true', client)).headers.get('total-count'))
    expect(await counts()).toBe(3 * 12 + 5 * 12 + 3 * 12)
    expect(await counts('255901001')).toBe(3 * 12)
    expect((await list('gradingPeriods?schoolId=255950001')).body).toEqual([])
  })
})

describe('GET /ed-fi/academicWeeks and by id', () => {
  it('filters by school and pages in a stable order', async () => {
    const first = await list('academicWeeks?schoolId=255901044&limit=2&totalCount=true')
    expect(first.body.map((w) => w.weekIdentifier)).toEqual(['2015-2016 Week 01', '2015-2016 Week 02'])
    expect(Number(first.headers.get('total-count'))).toBeGreaterThan(500)
    const next = await list('academicWeeks?schoolId=255901044&limit=2&offset=2')
    expect(next.body.map((w) => w.weekIdentifier)).toEqual(['2015-2016 Week 03', '2015-2016 Week 04'])
    expect((await list('academicWeeks?weekIdentifier=2021-2022 week 01&schoolId=255901001')).body).toHaveLength(1)
  })

  it('answers an item with its quoted ETag, 304 for If-None-Match, and a 400 for a non-GUID id', async () => {
    const [week] = (await list('academicWeeks?limit=1')).body
    const res = await call<Item>(server, `${ED_FI}/academicWeeks/${week!.id}`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual(week)
    expect(res.headers.get('etag')).toBe(`"${week!._etag}"`)
    expect((await call(server, `${ED_FI}/academicWeeks/${week!.id}`, { headers: { 'if-none-match': `"${week!._etag}"` } })).status).toBe(
      304,
    )
    const notGuid = await call(server, `${ED_FI}/academicWeeks/abc`)
    expect(notGuid.status).toBe(400)
    expect(notGuid.body).toMatchObject({ validationErrors: { '$.id': ["The value 'abc' is not valid."] } })
  })

  it('refuses other verbs with 405 and cursor paging with 400', async () => {
    expect((await call(server, `${ED_FI}/academicWeeks`, { method: 'DELETE' })).status).toBe(405)
    expect((await list('academicWeeks?pageToken=abc')).status).toBe(400)
  })

  it('reads the snapshot on Use-Snapshot: true', async () => {
    const live = await list('schoolYearTypes?schoolYear=2022')
    const snapshot = await call<Item[]>(server, `${ED_FI}/schoolYearTypes?schoolYear=2022`, { headers: { 'use-snapshot': 'true' } })
    expect(snapshot.status).toBe(200)
    expect(snapshot.body).toEqual(live.body)
  })

  it('requires a bearer token', async () => {
    const res = await fetch(`${server.apiRoot}/${ED_FI}/schools`)
    expect(res.status).toBe(401)
  })
})
