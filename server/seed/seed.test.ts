import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from '../db/database.ts'
import { calendarYears, currentSchoolYears, generatedStats, seedIntegrity, tableCounts } from '../db/seed-checks.ts'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { EXTRA_GRADING_PERIOD_LINKS } from './demo-faults.ts'
import { CURRENT_SCHOOL_YEAR, generateSessions, SCHOOLS, seedDemoData, seedReferenceData } from './index.ts'

const seeded = (seed: (db: Db) => void) => {
  const db = openDatabase(':memory:')
  db.transaction(() => seed(db))()
  return db
}
const clean = (db: Db) => Object.values(seedIntegrity(db)).every((n) => n === 0)

describe('seedReferenceData', () => {
  const db = seeded(seedReferenceData)
  afterAll(() => db.close())

  it('writes the Ed-Fi descriptors, school years 1991-2050, the four schools and no sessions', () => {
    expect(tableCounts(db)).toMatchObject({
      termDescriptors: 16,
      gradingPeriodDescriptors: 20,
      schoolYearTypes: 60,
      schools: 4,
      sessions: 0,
      courseOfferings: 0,
    })
    expect(currentSchoolYears(db)).toEqual([CURRENT_SCHOOL_YEAR])
    expect(SCHOOLS.filter((s) => s.leaId === 255901).map((s) => s.schoolId)).toEqual([255901001, 255901044, 255901107])
    expect(SCHOOLS.some((s) => s.leaId !== 255901)).toBe(true)
  })

  it('gives every school grading periods and academic weeks for school years 2016-2027', () => {
    for (const school of SCHOOLS) {
      const years = calendarYears(db, school.schoolId)
      expect(years.gradingPeriods).toEqual(Array.from({ length: 12 }, (_, i) => 2016 + i))
      expect(years.academicWeekLabels).toBe(12)
    }
    expect(seedIntegrity(db)).toMatchObject({
      shortWeekIdentifiers: 0,
      shortDescriptionMismatches: 0,
      badResourceIds: 0,
      foreignKeyViolations: 0,
    })
  })
})

describe('seedDemoData', () => {
  const db = seeded(seedDemoData)
  afterAll(() => db.close())

  it('writes well over 100 sessions linked to their grading periods and weeks, plus course offerings', () => {
    const counts = tableCounts(db)
    expect(counts.sessions).toBe(168)
    expect(counts.sessionGradingPeriods).toBe(168 + EXTRA_GRADING_PERIOD_LINKS)
    expect(counts.sessionAcademicWeeks).toBeGreaterThan(1000)
    expect(counts.courseOfferings).toBeGreaterThan(20)
  })

  it('keeps key unification, dates, ids and increasing change versions consistent', () => {
    expect(seedIntegrity(db)).toEqual(Object.fromEntries(Object.keys(seedIntegrity(db)).map((k) => [k, 0])))
  })
})

describe('generateSessions', () => {
  it('adds the requested number of valid, unique sessions over every Grand Bend school and school year', () => {
    const db = seeded(seedReferenceData)
    db.transaction(() => generateSessions(db, 10_000))()
    expect(generatedStats(db)).toEqual({
      rows: 10_000,
      distinctKeys: 10_000,
      distinctIds: 10_000,
      schools: 3,
      schoolYears: 60,
      schoolYearPairs: 180,
    })
    // A second run continues the numbering instead of colliding with the first.
    db.transaction(() => generateSessions(db, 500))()
    expect(generatedStats(db)).toMatchObject({ rows: 10_500, distinctKeys: 10_500 })
    expect(clean(db)).toBe(true)
    db.close()
  })
})

describe('demo data over HTTP', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ seed: 'demo' })
  })
  afterAll(() => server.close())

  it("shows the LEA client Grand Bend's 132 sessions (not the neighbouring district's)", async () => {
    const res = await server.api('data/v3/ed-fi/sessions?limit=0&totalCount=true')
    expect(res.status).toBe(200)
    expect(res.headers.get('total-count')).toBe('132')
  })

  it("has Ed-Fi's Grand Bend sample session", async () => {
    const res = await server.api(`data/v3/ed-fi/sessions?schoolId=255901001&sessionName=${encodeURIComponent('2021-2022 Fall Semester')}`)
    const [session] = (await res.json()) as Record<string, unknown>[]
    expect(session).toMatchObject({
      sessionName: '2021-2022 Fall Semester',
      schoolReference: { schoolId: 255901001 },
      schoolYearTypeReference: { schoolYear: 2022 },
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      totalInstructionalDays: 81,
    })
    expect((session!.gradingPeriods as unknown[]).length).toBe(1)
    expect((session!.academicWeeks as unknown[]).length).toBe(17)
  })
})
