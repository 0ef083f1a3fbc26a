import { describe, expect, it } from 'vitest'
import type { SessionBody } from '../../entities/sessions/session-schema.ts'
import { changedFields, diffSessions } from './field-diff.ts'
import { GRAND_BEND_HIGH, gradingPeriodRef, sessionBody, TERM } from '../../../test-support/builders.ts'

const base: SessionBody = sessionBody('2025-2026 Fall Semester', {
  schoolYear: 2026,
  term: TERM.fallSemester,
  beginDate: '2025-08-20',
  endDate: '2025-12-19',
  days: 80,
  gradingPeriods: [
    gradingPeriodRef('1', 'First Six Weeks', GRAND_BEND_HIGH, 2026),
    gradingPeriodRef('2', 'Second Six Weeks', GRAND_BEND_HIGH, 2026),
  ],
})

describe('diffSessions', () => {
  it('names each changed field with its old and new value, dates kept as written', () => {
    const after = { ...base, endDate: '2025-12-20', totalInstructionalDays: 81 }
    expect(changedFields(base, after)).toEqual([
      { field: 'endDate', label: 'End date', before: '2025-12-19', after: '2025-12-20', changed: true },
      { field: 'totalInstructionalDays', label: 'Total instructional days', before: '80', after: '81', changed: true },
    ])
  })

  it('shows descriptors by their code and compares lists regardless of order', () => {
    const reordered = { ...base, gradingPeriods: [...base.gradingPeriods!].reverse() }
    expect(changedFields(base, reordered)).toEqual([])
    const term = changedFields(base, { ...base, termDescriptor: 'uri://ed-fi.org/TermDescriptor#Spring Semester' })
    expect(term).toEqual([{ field: 'termDescriptor', label: 'Term', before: 'Fall Semester', after: 'Spring Semester', changed: true }])
  })

  it('counts a term of another namespace with the same code as a change', () => {
    const [change] = changedFields(base, { ...base, termDescriptor: 'uri://district.org/TermDescriptor#Fall Semester' })
    expect(change).toMatchObject({ field: 'termDescriptor', before: 'Fall Semester', after: 'Fall Semester', changed: true })
  })

  it('reports a removed grading period', () => {
    const [change] = changedFields(base, { ...base, gradingPeriods: base.gradingPeriods!.slice(0, 1) })
    expect(change?.label).toBe('Grading periods')
    expect(change?.after).toBe('First Six Weeks 1 (2026)')
  })

  it('has no before side for a create and no after side for a delete', () => {
    expect(diffSessions(undefined, base).every((c) => c.before === undefined && c.changed)).toBe(true)
    expect(diffSessions(base, undefined).find((c) => c.field === 'sessionName')).toMatchObject({
      before: base.sessionName,
      after: undefined,
    })
  })
})
