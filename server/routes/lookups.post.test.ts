import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { authorizationProblem, call, dataValidationProblem, lockProblem, problem, sessionBody } from '../testing/sessions-fixtures.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

const ED_FI = 'data/v3/ed-fi'
const post = (resource: string, json: unknown, init: { client?: string; headers?: Record<string, string> } = {}) =>
  call(server, `${ED_FI}/${resource}`, { method: 'POST', json, ...init })
const unresolved = (entity: string) =>
  problem(
    409,
    'urn:ed-fi:api:data-conflict:unresolved-reference',
    'Unresolved Reference',
    `The referenced '${entity}' item does not exist.`,
  )

const week = (patch: Record<string, unknown> = {}) => ({
  weekIdentifier: 'Bench Week A',
  schoolReference: { schoolId: 255901001 },
  beginDate: '2030-09-02',
  endDate: '2030-09-06',
  totalInstructionalDays: 5,
  ...patch,
})

describe('POST /ed-fi/academicWeeks', () => {
  it('creates (201), keeps an identical body (200, same ETag), updates (200, new ETag)', async () => {
    const created = await post('academicWeeks', week())
    expect(created.status).toBe(201)
    const location = created.headers.get('location')!
    expect(location).toMatch(new RegExp(`^${server.apiRoot}/data/v3/ed-fi/academicWeeks/[0-9a-f]{32}$`))
    const etag = created.headers.get('etag')!
    expect(etag).toMatch(/^"\d+"$/)
    const stored = await call<Record<string, unknown>>(server, location.slice(server.apiRoot.length + 1))
    expect(stored.body).toMatchObject({
      ...week(),
      schoolReference: { schoolId: 255901001, link: expect.any(Object) },
      _etag: etag.replaceAll('"', ''),
    })

    const same = await post('academicWeeks', week({ WeekIdentifier: 'bench week a', weekIdentifier: undefined }))
    expect([same.status, same.headers.get('etag'), same.headers.get('location')]).toEqual([200, etag, location])
    const changed = await post('academicWeeks', week({ totalInstructionalDays: 4 }))
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    // The key spelling stays as first written.
    expect((await call<Record<string, unknown>>(server, location.slice(server.apiRoot.length + 1))).body).toMatchObject({
      weekIdentifier: 'Bench Week A',
      totalInstructionalDays: 4,
    })
  })

  it('honours If-Match on an update (412 when stale)', async () => {
    await post('academicWeeks', week({ weekIdentifier: 'Bench Week B' }))
    const stale = await post('academicWeeks', week({ weekIdentifier: 'Bench Week B', totalInstructionalDays: 3 }), {
      headers: { 'if-match': '"5248540958372519370"' },
    })
    expect(stale.status).toBe(412)
    expect(stale.body).toEqual(lockProblem())
  })

  it('reports every missing or invalid member at once', async () => {
    const res = await post('academicWeeks', {
      weekIdentifier: 'Wk1',
      schoolReference: {},
      beginDate: '2030-09-02',
      totalInstructionalDays: -1,
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual(
      dataValidationProblem({
        '$.weekIdentifier': ['WeekIdentifier must be between 5 and 80 characters in length.'],
        '$.schoolReference': ['SchoolReference is required.'],
        '$.endDate': ['EndDate is required.'],
        '$.totalInstructionalDays': ['TotalInstructionalDays must be greater than or equal to 0.'],
      }),
    )
    const badDate = await post('academicWeeks', week({ beginDate: '2030-02-30' }))
    expect(badDate.body).toEqual(dataValidationProblem({ '$.beginDate': ['The supplied value is invalid.'] }))
  })

  it('answers 403 for a school outside the claims, an unknown one included (authorization first, as Postman v7.3)', async () => {
    const unknown = await post('academicWeeks', week({ schoolReference: { schoolId: 999 } }))
    expect(unknown.status).toBe(403)
    expect(unknown.body).toEqual(authorizationProblem('255901'))
    const neighbour = await post('academicWeeks', week({ schoolReference: { schoolId: 255950001 } }))
    expect(neighbour.status).toBe(403)
    expect(neighbour.body).toEqual(authorizationProblem('255901'))
    expect((await post('academicWeeks', week({ schoolReference: { schoolId: 255901044 } }), { client: '255901001' })).status).toBe(403)
  })

  it('answers the sessions answers for an empty body, malformed JSON, an id and a wrong content type', async () => {
    const empty = await call(server, `${ED_FI}/academicWeeks`, {
      method: 'POST',
      body: '',
      headers: { 'content-type': 'application/json' },
    })
    expect(empty.body).toMatchObject({ status: 400, errors: ['A non-empty request body is required.'] })
    const malformed = await call(server, `${ED_FI}/academicWeeks`, { method: 'POST', body: '{"weekIdentifier":' })
    expect(malformed.body).toMatchObject({
      status: 400,
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      validationErrors: { $: [expect.any(String)] },
    })
    const withId = await post('academicWeeks', { ...week(), id: 'a'.repeat(32) })
    expect(withId.body).toMatchObject({ status: 400, detail: 'The request data was constructed incorrectly.' })
    const text = await call(server, `${ED_FI}/academicWeeks`, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } })
    expect(text.status).toBe(415)
  })
})

describe('POST /ed-fi/gradingPeriods', () => {
  const period = (patch: Record<string, unknown> = {}) => ({
    gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#End of Year',
    gradingPeriodName: '2029-2030 End of Year',
    schoolReference: { schoolId: 255901001 },
    schoolYearTypeReference: { schoolYear: 2030 },
    beginDate: '2030-05-27',
    endDate: '2030-05-31',
    totalInstructionalDays: 5,
    ...patch,
  })

  it('creates one that a session can then refer to', async () => {
    const res = await post('gradingPeriods', period({ gradingPeriodDescriptor: 'URI://ED-FI.ORG/GradingPeriodDescriptor#end of year' }))
    expect(res.status).toBe(201)
    const [stored] = (await call<Record<string, unknown>[]>(server, `${ED_FI}/gradingPeriods?schoolYear=2030`)).body
    expect(stored).toMatchObject({
      gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#End of Year',
      gradingPeriodName: '2029-2030 End of Year',
    })
    expect(stored).not.toHaveProperty('periodSequence')
  })

  it('checks the descriptor (400) and the school year (409)', async () => {
    const noDescriptor = await post('gradingPeriods', period({ gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#Nope' }))
    expect(noDescriptor.body).toEqual(
      dataValidationProblem({
        '$.gradingPeriodDescriptor': ["GradingPeriodDescriptor value 'uri://ed-fi.org/GradingPeriodDescriptor#Nope' does not exist."],
      }),
    )
    const noYear = await post('gradingPeriods', period({ schoolYearTypeReference: { schoolYear: 1900 } }))
    expect(noYear.body).toEqual(unresolved('SchoolYearType'))
    const typeError = await post('gradingPeriods', period({ schoolReference: { schoolId: 'abc' } }))
    expect(typeError.body).toEqual(
      dataValidationProblem({
        '$.schoolReference.schoolId': ["Error converting value \"abc\" to type 'System.Int64'. Path 'schoolReference.schoolId'."],
      }),
    )
  })
})

describe('POST of schools, school years and descriptors', () => {
  it('creates a school in the caller district (visible to the LEA client only) and refuses others', async () => {
    const school = {
      schoolId: 255901999,
      nameOfInstitution: 'Grand Bend Academy',
      localEducationAgencyReference: { localEducationAgencyId: 255901 },
    }
    expect((await post('schools', school)).status).toBe(201)
    expect((await call<unknown[]>(server, `${ED_FI}/schools?schoolId=255901999`)).body).toHaveLength(1)
    expect((await call<unknown[]>(server, `${ED_FI}/schools?schoolId=255901999`, { client: '255901001' })).body).toEqual([])
    expect((await post('schools', { ...school, nameOfInstitution: 'Renamed' }, { client: '255901001' })).status).toBe(403)
    expect(
      (await post('schools', { ...school, schoolId: 255950002, localEducationAgencyReference: { localEducationAgencyId: 255950 } })).status,
    ).toBe(403)
    expect((await post('schools', { ...school, localEducationAgencyReference: { localEducationAgencyId: 1 } })).body).toEqual(
      unresolved('LocalEducationAgency'),
    )
    expect((await post('schools', { schoolId: 0 })).body).toEqual(
      dataValidationProblem({
        '$.schoolId': ['SchoolId value must be different than 0.'],
        '$.nameOfInstitution': ['NameOfInstitution is required.'],
      }),
    )
  })

  it('updates a school year, and requires its members', async () => {
    const res = await post('schoolYearTypes', { schoolYear: 2031, schoolYearDescription: 'SY 2030-31', currentSchoolYear: 'false' })
    expect(res.status).toBe(200)
    const [year] = (await call<Record<string, unknown>[]>(server, `${ED_FI}/schoolYearTypes?schoolYear=2031`)).body
    expect(year).toMatchObject({ schoolYearDescription: 'SY 2030-31', currentSchoolYear: false })
    expect((await post('schoolYearTypes', { schoolYear: 2031 })).body).toEqual(
      dataValidationProblem({
        '$.schoolYearDescription': ['SchoolYearDescription is required.'],
        '$.currentSchoolYear': ['CurrentSchoolYear is required.'],
      }),
    )
  })

  it('creates a term descriptor that a session may then use', async () => {
    const descriptor = { namespace: 'uri://grandbend.example/TermDescriptor', codeValue: 'Intersession', shortDescription: 'Intersession' }
    expect((await post('termDescriptors', descriptor)).status).toBe(201)
    expect((await post('termDescriptors', { ...descriptor, codeValue: 'INTERSESSION' })).status).toBe(200)
    const session = {
      ...sessionBody(server, { sessionName: 'Winter Intersession' }),
      termDescriptor: 'uri://grandbend.example/TermDescriptor#Intersession',
    }
    expect((await call(server, `${ED_FI}/sessions`, { method: 'POST', json: session })).status).toBe(201)
    expect((await post('termDescriptors', { ...descriptor, codeValue: ' Padded' })).body).toEqual(
      dataValidationProblem({ '$.codeValue': ['CodeValue cannot contain leading or trailing spaces.'] }),
    )
  })
})
