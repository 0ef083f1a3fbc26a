import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { call } from '../testing/sessions-fixtures.ts'

// Data more than one school depends on: only district-wide and admin clients may change it.

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

const ED_FI = 'data/v3/ed-fi'
const HIGH_SCHOOL = 255901001
const post = (resource: string, json: unknown, client?: string) => call(server, `${ED_FI}/${resource}`, { method: 'POST', json, client })
const district = async (schoolId: number) => {
  const [school] = (
    await call<{ localEducationAgencyReference?: { localEducationAgencyId: number } }[]>(server, `${ED_FI}/schools?schoolId=${schoolId}`)
  ).body
  return school?.localEducationAgencyReference?.localEducationAgencyId ?? null
}
const highSchool = (leaId: number | undefined) => ({
  schoolId: HIGH_SCHOOL,
  nameOfInstitution: 'Grand Bend High School',
  shortNameOfInstitution: 'GBHS',
  ...(leaId ? { localEducationAgencyReference: { localEducationAgencyId: leaId } } : {}),
})

describe('school-scoped clients and shared data', () => {
  it('a one-school client cannot move its school into another district, nor drop its district', async () => {
    expect((await post('schools', highSchool(255950), '255901001')).status).toBe(403)
    expect((await post('schools', highSchool(undefined), '255901001')).status).toBe(403)
    expect(await district(HIGH_SCHOOL)).toBe(255901)
  })

  it('a one-school client may still rename its school', async () => {
    const res = await post('schools', { ...highSchool(255901), nameOfInstitution: 'Grand Bend High' }, '255901001')
    expect(res.status).toBe(200)
    expect(await district(HIGH_SCHOOL)).toBe(255901)
  })

  it('a one-school client cannot create or change descriptors or school years; a district-wide client can', async () => {
    const descriptor = { namespace: 'uri://ed-fi.org/TermDescriptor', codeValue: 'Fall Semester', shortDescription: 'Hijacked' }
    const denied = await post('termDescriptors', descriptor, '255901001')
    expect(denied.status).toBe(403)
    expect(
      (
        await post(
          'gradingPeriodDescriptors',
          { ...descriptor, namespace: 'uri://ed-fi.org/GradingPeriodDescriptor', codeValue: 'New' },
          '255901044',
        )
      ).status,
    ).toBe(403)
    expect(
      (await post('schoolYearTypes', { schoolYear: 2030, schoolYearDescription: 'x', currentSchoolYear: true }, '255901001')).status,
    ).toBe(403)
    expect(
      (await post('termDescriptors', { ...descriptor, codeValue: 'Intersession', shortDescription: 'Intersession' }, '255901')).status,
    ).toBe(201)
  })

  it('keeps at most one current school year', async () => {
    expect(
      (await post('schoolYearTypes', { schoolYear: 2031, schoolYearDescription: '2030-2031', currentSchoolYear: true }, '255901')).status,
    ).toBe(200)
    const current = (await call<{ schoolYear: number }[]>(server, `${ED_FI}/schoolYearTypes?currentSchoolYear=true`)).body
    expect(current.map((y) => y.schoolYear)).toEqual([2031])
  })
})

describe('/api/admin (not part of Ed-Fi)', () => {
  it('refuses a one-school client and a district client not marked admin', async () => {
    expect((await call(server, 'admin/snapshot', { method: 'POST', client: '255901001' })).status).toBe(403)
    expect((await call(server, 'admin/snapshot', { client: '255901044' })).status).toBe(403)
  })

  it('lets a client marked admin refresh the snapshot', async () => {
    expect((await call(server, 'admin/snapshot', { method: 'POST' })).status).toBe(200)
  })
})
