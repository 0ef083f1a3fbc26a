import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { HS, SESSIONS, call, sessionBody } from '../testing/sessions-fixtures.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

type Problem = { validationErrors: Record<string, string[]> }
const post = (path: string, json: unknown) => call<Problem>(server, path, { method: 'POST', json })
const dangerous = (name: string) =>
  `${name} contains a value that could be dangerous for downstream systems using this data. ` +
  "Try to avoid the use of special symbols like '<', '>' or '&' without surrounding spaces."

describe('text rules', () => {
  it('refuses a session name holding a lone surrogate', async () => {
    const res = await post(SESSIONS, sessionBody(server, { sessionName: 'Fall \ud800 Term' }))
    expect(res.status).toBe(400)
    expect(res.body.validationErrors['$.sessionName']).toEqual(['SessionName is not well-formed Unicode text.'])
  })

  it('refuses control characters in a key but keeps a well-formed emoji', async () => {
    const res = await post(SESSIONS, sessionBody(server, { sessionName: 'Fall\u0007Term' }))
    expect(res.body.validationErrors['$.sessionName']).toEqual(['SessionName cannot contain control characters.'])
    expect((await post(SESSIONS, sessionBody(server, { sessionName: 'Fall 🍂 Term' }))).status).toBe(201)
  })

  it('applies the dangerous-text rule to lookup text', async () => {
    const week = {
      weekIdentifier: 'Week <script>',
      schoolReference: { schoolId: HS },
      beginDate: '2026-01-05',
      endDate: '2026-01-09',
      totalInstructionalDays: 5,
    }
    expect((await post('data/v3/ed-fi/academicWeeks', week)).body.validationErrors['$.weekIdentifier']).toEqual([
      dangerous('WeekIdentifier'),
    ])
    const school = { schoolId: HS, nameOfInstitution: 'Grand Bend <img src=x onerror=alert(1)>' }
    expect((await post('data/v3/ed-fi/schools', school)).body.validationErrors['$.nameOfInstitution']).toEqual([
      dangerous('NameOfInstitution'),
    ])
  })

  it('refuses a lone surrogate in lookup text', async () => {
    const year = { schoolYear: 2030, schoolYearDescription: '2029-2030 \udc00', currentSchoolYear: false }
    expect((await post('data/v3/ed-fi/schoolYearTypes', year)).body.validationErrors['$.schoolYearDescription']).toEqual([
      'SchoolYearDescription is not well-formed Unicode text.',
    ])
  })
})
