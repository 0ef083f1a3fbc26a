import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { SESSIONS, call, sessionBody } from '../testing/sessions-fixtures.ts'

// A small hostile body must not produce a huge answer.

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

type Problem = { validationErrors: Record<string, string[]> }
const messages = (body: Problem) => Object.values(body.validationErrors).flat()

describe('bounded validation answers', () => {
  it('stops after 200 errors and says so', async () => {
    const items = Array.from({ length: 900 }, () => ({ gradingPeriodReference: {} }))
    const json = { ...sessionBody(server, { sessionName: 'Many Errors' }), gradingPeriods: items }
    const res = await call<Problem>(server, SESSIONS, { method: 'POST', json })
    expect(JSON.stringify(json).length).toBeLessThan(60_000)
    expect(res.status).toBe(400)
    expect(messages(res.body).length).toBe(201)
    expect(res.body.validationErrors.$).toEqual(['The maximum number of allowed model errors has been reached.'])
    expect(res.text.length).toBeLessThan(60_000)
  })

  it('refuses a collection longer than any real session needs', async () => {
    const json = { ...sessionBody(server, { sessionName: 'Long List' }), academicWeeks: Array.from({ length: 1001 }, () => null) }
    const res = await call<Problem>(server, SESSIONS, { method: 'POST', json })
    expect(res.status).toBe(400)
    expect(res.body.validationErrors['$.academicWeeks']).toEqual(['AcademicWeeks may hold at most 1000 items.'])
  })
})
