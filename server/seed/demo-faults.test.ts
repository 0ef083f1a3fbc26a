import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'

// The planted mistakes of the current school year, as a client reads them, and the years around
// them left clean (a session's days equal its weeks' days everywhere else).

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'demo' })
})
afterAll(() => server.close())

type Body = {
  sessionName: string
  beginDate: string
  endDate: string
  totalInstructionalDays: number
  gradingPeriods: { gradingPeriodReference: { gradingPeriodName: string } }[]
}

async function session(schoolId: number, name: string): Promise<Body> {
  const res = await server.api(`data/v3/ed-fi/sessions?schoolId=${schoolId}&sessionName=${encodeURIComponent(name)}`)
  const [found] = (await res.json()) as Body[]
  return found!
}

describe('demo faults in 2026-2027', () => {
  it("ends the High School's Spring Semester on April 30 with more days than it has weekdays", async () => {
    const spring = await session(255901001, '2026-2027 Spring Semester')
    expect(spring.endDate).toBe('2027-04-30')
    expect(spring.totalInstructionalDays).toBeGreaterThan(80) // Jan 11 - Apr 30 has 80 weekdays
  })

  it("starts the Middle School's summer term before its Fourth Quarter ends", async () => {
    const summer = await session(255901044, '2026-2027 Summer Semester')
    const fourth = await session(255901044, '2026-2027 Fourth Quarter')
    expect(summer.beginDate < fourth.endDate).toBe(true)
  })

  it("gives the Elementary's Third Trimester a second grading period, the Second Trimester's", async () => {
    const third = await session(255901107, '2026-2027 Third Trimester')
    expect(third.gradingPeriods.map((g) => g.gradingPeriodReference.gradingPeriodName).sort()).toEqual([
      '2026-2027 Second Trimester',
      '2026-2027 Third Trimester',
    ])
  })

  it('leaves the year before as planned', async () => {
    const spring = await session(255901001, '2025-2026 Spring Semester')
    expect(spring.endDate).toBe('2026-05-22')
  })
})
