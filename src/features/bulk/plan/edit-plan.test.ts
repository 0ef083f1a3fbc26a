import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import { buildDeleteRows, buildEditRows } from './edit-plan.ts'
import { diffSessions } from './plan-diff.ts'
import { resultsCsv } from './results-csv.ts'

const session = (id: string, overrides: Partial<Session> = {}): Session => ({
  id,
  _etag: `etag-${id}`,
  sessionName: `Session ${id}`,
  schoolReference: { schoolId: 1 },
  schoolYearTypeReference: { schoolYear: 2027 },
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
  beginDate: '2026-08-24', // a Monday
  endDate: '2026-08-28',
  totalInstructionalDays: 5,
  ...overrides,
})

describe('Edit selected plans', () => {
  it('shifts both dates by days, flags a weekday count that changes, and pins each row’s etag', () => {
    const [row] = buildEditRows([session('a')], { kind: 'shift', days: 2 })
    expect(row).toMatchObject({ action: 'update', id: 'a', etag: 'etag-a', next: { beginDate: '2026-08-26', endDate: '2026-08-30' } })
    expect(row!.notes).toEqual(['The new dates have a different number of weekdays: check the instructional days.'])
    expect(buildEditRows([session('a')], { kind: 'shift', days: 14 })[0]!.notes).toEqual([])
  })

  it('sets only the fields given; the same values are unchanged; the editor’s rules refuse bad ones', () => {
    const rows = buildEditRows([session('a'), session('b', { totalInstructionalDays: 80 })], { kind: 'set', totalInstructionalDays: '80' })
    expect(rows.map((r) => r.action)).toEqual(['update', 'unchanged'])
    expect(diffSessions(rows[0]!.current, rows[0]!.next)).toEqual([
      { field: 'totalInstructionalDays', label: 'Instructional days', before: '5', after: '80' },
    ])
    const bad = buildEditRows([session('a')], { kind: 'set', totalInstructionalDays: '-3' })[0]!
    expect(bad).toMatchObject({ action: 'invalid', problems: ['Enter a whole number of days, 0 or more.'] })
    const backwards = buildEditRows([session('a')], { kind: 'set', endDate: '2026-08-01' })[0]!
    expect(backwards.notes[0]).toContain('The end date is before the begin date')
  })

  it('plans deletes with each session’s etag, and lists every row in the results CSV', () => {
    const batchRows = buildDeleteRows([session('a'), session('b')])
    expect(batchRows.map((r) => [r.action, r.id, r.etag])).toEqual([
      ['delete', 'a', 'etag-a'],
      ['delete', 'b', 'etag-b'],
    ])
    const batch = {
      id: 'x',
      kind: 'delete' as const,
      title: 't',
      connection: 'c',
      createdAt: '2026-12-03T00:00:00Z',
      state: 'finished' as const,
      rows: batchRows,
    }
    const text = resultsCsv(
      batch,
      new Map([
        [
          2,
          {
            n: 2,
            status: 'failed' as const,
            id: 'b',
            message: 'The resource is referenced by CourseOffering.',
            correlationId: 'c-1',
            at: '',
          },
        ],
      ]),
    )
    const [header, first, second] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data
    expect(header).toEqual([
      'Row',
      'Planned',
      'Result',
      'School ID',
      'School year',
      'Session name',
      'Session ID',
      'Message',
      'Correlation ID',
    ])
    expect(first).toEqual(['1', 'delete', 'not done', '1', '2027', 'Session a', 'a', '', ''])
    expect(second).toEqual(['2', 'delete', 'failed', '1', '2027', 'Session b', 'b', 'The resource is referenced by CourseOffering.', 'c-1'])
  })
})
