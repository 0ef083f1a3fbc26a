import { describe, expect, it } from 'vitest'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import { shownNotes } from '../plan/plan-types.ts'
import { buildNextYearPlan, targetCalendarKey, withExistsChoice } from './next-year-plan.ts'

const FIRST = 'uri://ed-fi.org/GradingPeriodDescriptor#First Semester'
const FALL = 'uri://ed-fi.org/TermDescriptor#Fall Semester'

function session(overrides: Partial<Session> = {}): Session {
  return {
    id: 'src-1',
    sessionName: '2025-2026 Fall Semester',
    schoolReference: { schoolId: 1 },
    schoolYearTypeReference: { schoolYear: 2026 },
    termDescriptor: FALL,
    beginDate: '2025-08-20',
    endDate: '2025-12-18',
    totalInstructionalDays: 82,
    gradingPeriods: [
      {
        gradingPeriodReference: {
          gradingPeriodDescriptor: FIRST,
          gradingPeriodName: '2025-2026 First Semester',
          schoolId: 1,
          schoolYear: 2026,
        },
      },
    ],
    academicWeeks: ['01', '53'].map((n) => ({ academicWeekReference: { schoolId: 1, weekIdentifier: `2025-2026 Week ${n}` } })),
    ...overrides,
  }
}

const calendar = (periods: string[], weeks: string[]) => ({
  gradingPeriods: new Map([[1, new Set(periods.map((p) => targetCalendarKey(FIRST, p)))]]),
  weeks: new Map([[1, new Set(weeks)]]),
})

describe('buildNextYearPlan', () => {
  it('creates the copy with the name, year and dates rewritten and the target year’s references', () => {
    const plan = buildNextYearPlan({
      fromYear: 2026,
      toYear: 2027,
      sources: [session()],
      existing: [],
      target: calendar(['2026-2027 First Semester'], ['2026-2027 Week 01', '2026-2027 Week 53']),
    })
    const [row] = plan.rows
    expect(row!.action).toBe('create')
    expect(row!.key).toEqual({ schoolId: 1, schoolYear: 2027, sessionName: '2026-2027 Fall Semester' })
    expect(row!.next).toMatchObject({
      beginDate: '2026-08-19',
      endDate: '2026-12-17',
      totalInstructionalDays: 82,
      schoolYearTypeReference: { schoolYear: 2027 },
    })
    expect(row!.next!.gradingPeriods).toEqual([
      {
        gradingPeriodReference: {
          gradingPeriodDescriptor: FIRST,
          gradingPeriodName: '2026-2027 First Semester',
          schoolId: 1,
          schoolYear: 2027,
        },
      },
    ])
    expect(row!.notes).toEqual([])
    expect(plan.missingGradingPeriods).toEqual([])
  })

  it('leaves out grading periods and weeks the target year lacks (a 53rd week), with a note, and lists the periods needed', () => {
    const plan = buildNextYearPlan({
      fromYear: 2026,
      toYear: 2027,
      sources: [session()],
      existing: [],
      target: calendar([], ['2026-2027 Week 01']),
    })
    const [row] = plan.rows
    expect(row!.next!.gradingPeriods).toEqual([])
    expect(row!.next!.academicWeeks).toEqual([{ academicWeekReference: { schoolId: 1, weekIdentifier: '2026-2027 Week 01' } }])
    expect(row!.notes.join(' ')).toContain('“2026-2027 First Semester” does not exist')
    expect(row!.notes.join(' ')).toContain('2026-2027 Week 53')
    expect(plan.missingGradingPeriods).toEqual([{ schoolId: 1, descriptor: FIRST, name: '2026-2027 First Semester' }])
  })

  it('asks for no grading periods on a second plan whose copies exist already, and its skipped rows say nothing', () => {
    const made = session({ id: 'made', sessionName: '2026-2027 Fall Semester', schoolYearTypeReference: { schoolYear: 2027 } })
    const plan = buildNextYearPlan({
      fromYear: 2026,
      toYear: 2027,
      sources: [session()],
      existing: [made],
      target: calendar([], []),
    })
    const [row] = plan.rows
    expect(row!.action).toBe('skip')
    expect(plan.missingGradingPeriods).toEqual([])
    expect(shownNotes(row!)).toEqual([])
    // Chosen for an update after all, the row says again what its copy leaves out.
    expect(shownNotes(withExistsChoice(row!, 'update')).join(' ')).toContain('“2026-2027 First Semester” does not exist')
  })

  it('keeps and flags a name without a school year', () => {
    const plan = buildNextYearPlan({
      fromYear: 2026,
      toYear: 2027,
      sources: [session({ sessionName: 'Fall Semester' })],
      existing: [],
      target: calendar([], []),
    })
    expect(plan.rows[0]!.key.sessionName).toBe('Fall Semester')
    expect(plan.rows[0]!.notes[0]).toContain('kept as “Fall Semester”')
  })

  it('offers skip or update for a session that exists in the target year, with the diff against it', () => {
    const existing = session({
      id: 'there',
      _etag: 'e1',
      sessionName: '2026-2027 Fall Semester',
      schoolYearTypeReference: { schoolYear: 2027 },
      beginDate: '2026-08-19',
      endDate: '2026-12-17',
      gradingPeriods: [],
      academicWeeks: [],
      totalInstructionalDays: 80,
    })
    const plan = buildNextYearPlan({
      fromYear: 2026,
      toYear: 2027,
      sources: [session({ gradingPeriods: [], academicWeeks: [] })],
      existing: [existing],
      target: calendar([], []),
    })
    const row = plan.rows[0]!
    expect(row).toMatchObject({ action: 'skip', existsChoice: 'skip', id: 'there', etag: 'e1' })
    expect(withExistsChoice(row, 'update').action).toBe('update')
    const same = { ...row, next: { ...row.next!, totalInstructionalDays: 80 } }
    expect(withExistsChoice(same, 'update').action).toBe('unchanged')
  })
})
