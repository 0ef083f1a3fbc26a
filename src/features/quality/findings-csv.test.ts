import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { findingsCsv } from './findings-csv.ts'
import type { Finding } from './rules/types.ts'

const finding: Finding = {
  key: 'k',
  rule: 'days-over-weekdays',
  severity: 'error',
  schoolId: 255901001,
  schoolYear: 2027,
  sessions: [{ id: 'a1', name: '=2026-2027 Spring Semester' }],
  explanation: 'Too many days, "really".',
  suggestedFix: 'Set 80.',
}

describe('findingsCsv', () => {
  it('writes one row per finding in plain words, with formula-like cells defused', () => {
    const [header, row] = Papa.parse<string[]>(findingsCsv([finding], () => 'Grand Bend High School')).data
    expect(header).toEqual([
      'Severity',
      'Check',
      'School',
      'School id',
      'School year',
      'Sessions',
      'Session ids',
      'What is wrong',
      'What to do',
    ])
    expect(row).toEqual([
      'error',
      'More instructional days than weekdays',
      'Grand Bend High School',
      '255901001',
      '2026-2027',
      "'=2026-2027 Spring Semester",
      'a1',
      'Too many days, "really".',
      'Set 80.',
    ])
  })
})
