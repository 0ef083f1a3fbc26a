import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import { DS52_FORM_LIMITS } from '../../../entities/sessions/session-form-limits.ts'
import { mapColumns } from './csv-mapping.ts'
import { parseCsv } from './csv-parse.ts'
import { buildImportRows } from './import-plan.ts'

// The header the export writes, spelled out as a file shows it.
const EXPORT_HEADER = (
  'Session ID,Session name,School ID,School,School year,Term,Term descriptor,Begin date,End date,Instructional days,' +
  'Grading periods,Grading period descriptors,Academic weeks,Last modified (UTC)'
).split(',')
const FIRST = 'uri://ed-fi.org/GradingPeriodDescriptor#First Semester'

const exported = (overrides: Partial<Record<string, string>> = {}) => {
  const row: Record<string, string> = {
    'Session ID': 'abc',
    'Session name': '2026-2027 Fall Semester',
    'School ID': '255901001',
    School: 'Grand Bend High School',
    'School year': '2027',
    Term: 'Fall Semester',
    'Term descriptor': 'uri://ed-fi.org/TermDescriptor#Fall Semester',
    'Begin date': '2026-08-24',
    'End date': '2026-12-18',
    'Instructional days': '81',
    'Grading periods': '2026-2027 First Semester (First Semester)',
    'Grading period descriptors': FIRST,
    'Academic weeks': '2026-2027 Week 01; 2026-2027 Week 02',
    'Last modified (UTC)': '2026-11-01T00:00:00Z',
    ...overrides,
  }
  return EXPORT_HEADER.map((h) => row[h]!)
}

const csv = (...rows: string[][]) => '\uFEFF' + Papa.unparse([EXPORT_HEADER, ...rows], { newline: '\r\n' })

const server: Session = {
  id: 'abc',
  _etag: 'e1',
  sessionName: '2026-2027 Fall Semester',
  schoolReference: { schoolId: 255901001 },
  schoolYearTypeReference: { schoolYear: 2027 },
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
  beginDate: '2026-08-24',
  endDate: '2026-12-18',
  totalInstructionalDays: 81,
  gradingPeriods: [
    {
      gradingPeriodReference: {
        gradingPeriodDescriptor: FIRST,
        gradingPeriodName: '2026-2027 First Semester',
        schoolId: 255901001,
        schoolYear: 2027,
      },
    },
  ],
  academicWeeks: ['01', '02'].map((n) => ({ academicWeekReference: { schoolId: 255901001, weekIdentifier: `2026-2027 Week ${n}` } })),
}

describe('CSV import', () => {
  it('maps the export’s own columns by header, in any order, and names missing required ones', () => {
    expect(mapColumns(EXPORT_HEADER).missing).toEqual([])
    expect(mapColumns(['\uFEFFsession name', 'School ID']).missing).toEqual([
      'school year',
      'begin date',
      'end date',
      'instructional days',
      'term descriptor (or term)',
    ])
  })

  it('round-trips an exported row unchanged: the plan says unchanged, matched by id', async () => {
    const parsed = await parseCsv(csv(exported()))
    expect(parsed.ok && parsed.rows[0]!.problems).toEqual([])
    const rows = buildImportRows(parsed.ok ? parsed.rows : [], [server])
    expect(rows[0]).toMatchObject({ action: 'unchanged', id: 'abc', etag: 'e1' })
  })

  it('plans exactly the changed fields as an update, a new key as a create, and refuses rule breaks and repeats', async () => {
    const parsed = await parseCsv(
      csv(
        exported({ 'Instructional days': '80' }),
        exported({
          'Session ID': '',
          'Session name': '2026-2027 Winter',
          'Grading periods': '',
          'Grading period descriptors': '',
          'Academic weeks': '',
        }),
        exported({ 'Session ID': '', 'Session name': ' padded', 'Instructional days': 'many' }),
        exported({ 'Session ID': '' }),
      ),
    )
    const rows = buildImportRows(parsed.ok ? parsed.rows : [], [server])
    expect(rows.map((r) => r.action)).toEqual(['update', 'create', 'invalid', 'invalid'])
    expect(rows[2]!.problems).toEqual(['Remove the spaces at the start or end of the name.', 'Enter a whole number of days, 0 or more.'])
    expect(rows[3]!.problems).toEqual(['The same session as line 2 of the file.'])
  })

  it('checks names against the server’s limit: 100 characters pass a DS 6 server and fail DS 5.2, naming the limit', async () => {
    const file = csv(exported({ 'Session ID': '', 'Session name': 'N'.repeat(100) }))
    const ds6 = await parseCsv(file, () => {}, { ...DS52_FORM_LIMITS, sessionNameMaxLength: 120, source: 'server' })
    expect(ds6.ok && ds6.rows[0]!.problems).toEqual([])
    const ds52 = await parseCsv(file)
    expect(ds52.ok && ds52.rows[0]!.problems).toEqual(['A session name has at most 60 characters.'])
  })

  it('takes off the apostrophe the export puts before a formula-looking name', async () => {
    const parsed = await parseCsv(csv(exported({ 'Session ID': '', 'Session name': "'=Budget term" })))
    expect(parsed.ok && parsed.rows[0]!.body?.sessionName).toBe('=Budget term')
  })

  it('parses and checks 10,000 rows', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => exported({ 'Session ID': '', 'Session name': `Generated ${i}` }))
    const parsed = await parseCsv(csv(...many))
    expect(parsed.ok && parsed.rows.filter((r) => r.body).length).toBe(10_000)
  })

  it('refuses a file without the required columns, in words', async () => {
    expect(await parseCsv('Title,Colour\r\nx,y\r\n')).toEqual({
      ok: false,
      message: expect.stringContaining('The file has no column for: session name'),
    })
  })
})
