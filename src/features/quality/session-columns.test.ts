import { describe, expect, it } from 'vitest'
import { session } from './rules/test-support.ts'
import type { SessionSummary } from './check-protocol.ts'
import { fromColumns, toColumns } from './session-columns.ts'

describe('rows sent as columns', () => {
  it('come back as the same sessions, in order, without their calendar references', () => {
    const rows = [
      session({ label: 'Fall Semester', schoolId: 255901001, days: 82 }),
      session({ label: 'Spring Semester', schoolId: 255901044, schoolYear: 2026, beginDate: '2026-01-05', endDate: '2026-05-29' }),
      session({ label: 'Fall Semester', schoolId: 9_007_199_254_740_991, days: 0 }),
    ]
    const into: SessionSummary[] = []
    fromColumns(structuredClone(toColumns(rows)), into)
    expect(into).toEqual(rows.map(({ gradingPeriods: _g, weeks: _w, ...summary }) => summary))
  })

  it('writes each term once per page, and appends to what the page already holds', () => {
    const columns = toColumns([
      session({ label: 'Fall Semester' }),
      session({ label: 'Fall Semester' }),
      session({ label: 'Summer Semester' }),
    ])
    expect(columns.terms).toEqual(['uri://ed-fi.org/TermDescriptor#Fall Semester', 'uri://ed-fi.org/TermDescriptor#Summer Semester'])
    const into: SessionSummary[] = [{ ...session(), id: 'kept' }]
    fromColumns(columns, into)
    expect(into.map((s) => s.id)[0]).toBe('kept')
    expect(into).toHaveLength(4)
  })
})
