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
    expect(into).toEqual(rows.map(({ gradingPeriods: _g, weeks: _w, beginDay: _b, endDay: _e, ...summary }) => summary))
  })

  it("sends a page's texts as one string, and appends to what the page already holds", () => {
    const columns = toColumns([
      session({ id: 'a', name: 'Fall' }),
      session({ id: 'b', name: '' }),
      session({ id: 'c', name: 'Ünïcödé “x”' }),
    ])
    expect(typeof columns.texts.text).toBe('string')
    const into: SessionSummary[] = [{ ...session(), id: 'kept' }]
    fromColumns(structuredClone(columns), into)
    expect(into.map((s) => [s.id, s.name])).toEqual([
      ['kept', session().name],
      ['a', 'Fall'],
      ['b', ''],
      ['c', 'Ünïcödé “x”'],
    ])
  })
})
