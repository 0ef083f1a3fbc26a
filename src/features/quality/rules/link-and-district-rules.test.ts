import { describe, expect, it } from 'vitest'
import { gradingPeriodOutside, weekOutside } from './calendar-links.ts'
import { missingTerm, nameBreaksPattern } from './district-patterns.ts'
import { runChecks } from './index.ts'
import { context, session } from './test-support.ts'

const S2 = {
  descriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#Second Trimester',
  name: '2026-2027 Second Trimester',
  schoolId: 255901107,
  schoolYear: 2027,
}
const S3 = { ...S2, descriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#Third Trimester', name: '2026-2027 Third Trimester' }
const periods = [
  { ...S2, beginDate: '2026-11-16', endDate: '2027-02-26' },
  { ...S3, beginDate: '2027-03-01', endDate: '2027-05-21' },
]

describe('grading-period-outside', () => {
  const third = session({
    label: 'Third Trimester',
    schoolId: 255901107,
    beginDate: '2027-03-01',
    endDate: '2027-05-21',
    gradingPeriods: [S3, S2],
  })
  it('names the grading period that lies outside the session', () => {
    const [finding] = gradingPeriodOutside(context([third], { gradingPeriods: periods }))
    expect(finding).toMatchObject({ severity: 'warning', sessions: [{ id: third.id }] })
    expect(finding!.explanation).toContain('“2026-2027 Second Trimester” (November 16, 2026 to February 26, 2027)')
  })

  it('calls a grading period of another school or year an error', () => {
    const other = session({ schoolId: 255901107, gradingPeriods: [{ ...S2, schoolYear: 2026 }] })
    expect(gradingPeriodOutside(context([other], { gradingPeriods: periods }))).toMatchObject([{ severity: 'error' }])
  })
})

describe('week-outside', () => {
  const weeks = [
    { schoolId: 255901001, weekIdentifier: 'W1', beginDate: '2026-08-24', endDate: '2026-08-28', days: 5 },
    { schoolId: 255901001, weekIdentifier: 'W18', beginDate: '2026-12-28', endDate: '2027-01-01', days: 0 },
  ]
  it('flags weeks beyond the session and weeks of another school', () => {
    const s = session({
      weeks: [
        { schoolId: 255901001, weekIdentifier: 'W1' },
        { schoolId: 255901001, weekIdentifier: 'W18' },
      ],
    })
    expect(weekOutside(context([s], { weeks })).map((f) => f.severity)).toEqual(['warning'])
    const foreign = session({ weeks: [{ schoolId: 255901044, weekIdentifier: 'W1' }] })
    expect(weekOutside(context([foreign], { weeks })).map((f) => f.severity)).toEqual(['error'])
  })
})

describe('district patterns', () => {
  const year = [
    session({ label: 'Fall Semester' }),
    session({ label: 'Summer Semester', beginDate: '2027-06-07', endDate: '2027-07-23' }),
    session({ label: 'First Quarter', schoolId: 255901044 }),
    session({ label: 'Summer Semester', schoolId: 255901044, beginDate: '2027-06-07', endDate: '2027-07-09' }),
    session({ label: 'First Trimester', schoolId: 255901107 }),
  ]
  it('notes a school lacking a term most schools have', () => {
    const findings = missingTerm(context(year))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ severity: 'note', schoolId: 255901107 })
    expect(findings[0]!.explanation).toBe('2 of 3 schools have a Summer Semester in 2026-2027; Grand Bend Elementary School has none.')
  })

  it('notes a name that breaks the pattern its siblings follow, and suggests the pattern', () => {
    const odd = session({ label: 'Second Quarter', schoolId: 255901044, name: 'Q2 2026' })
    const [finding] = nameBreaksPattern(context([...year, odd]))
    expect(finding!.sessions[0]!.id).toBe(odd.id)
    expect(finding!.suggestedFix).toContain('Rename it “2026-2027 Second Quarter”')
    expect(nameBreaksPattern(context([odd, session({ name: 'X' })]))).toEqual([])
  })
})

describe('runChecks', () => {
  it('puts errors before warnings and notes, and finds nothing in a clean year', () => {
    const clean = [session(), session({ label: 'Spring Semester', beginDate: '2027-01-11', endDate: '2027-05-21', days: 90 })]
    expect(runChecks(context(clean))).toEqual([])
    const findings = runChecks(
      context([...clean, session({ name: 'x', beginDate: '2027-01-01', endDate: '2026-01-01', term: 'uri://x#y' })]),
    )
    expect(findings.map((f) => f.severity)).toEqual(['error', 'note'])
  })
})
