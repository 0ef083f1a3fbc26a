import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Session } from '../../entities/sessions/session-schema.ts'
import { CSV_COLUMNS, csvHeader, csvRecords, UTF8_BOM } from './csv-format.ts'
import { exportFileName, fileFormat } from './export-formats.ts'
import { sessionRecord, TERM } from '../../../test-support/builders.ts'

const lookups = { schoolName: (id: number) => (id === 255901001 ? 'Grand Bend High School' : undefined) }

function session(overrides: Partial<Session> = {}): Session {
  const record = sessionRecord('a1b2', 'Fall Semester', {
    schoolYear: 2025,
    term: TERM.fallSemester,
    beginDate: '2024-08-19',
    endDate: '2024-12-20',
    days: 82,
    lastModified: '2025-01-02T03:04:05Z',
  })
  return { ...record, ...overrides }
}

describe('CSV records', () => {
  it('writes labels and URIs, the school name, dates as YYYY-MM-DD and a CRLF after each record', () => {
    expect(csvRecords([session()], lookups)).toBe(
      'a1b2,Fall Semester,255901001,Grand Bend High School,2025,Fall Semester,' +
        'uri://ed-fi.org/TermDescriptor#Fall Semester,2024-08-19,2024-12-20,82,,,,2025-01-02T03:04:05Z\r\n',
    )
  })

  it('quotes commas, doubles quotes, keeps line breaks inside quotes and non-ASCII letters as they are (RFC 4180)', () => {
    const names = ['Fall, "Early" Term', 'Line one\nline two', 'Été — 日本語 ñ', 'Windows\r\nbreak', 'plain']
    const text = csvRecords(
      names.map((sessionName) => session({ sessionName })),
      lookups,
    )
    expect(text).toContain(',"Fall, ""Early"" Term",')
    expect(text).toContain(',"Line one\nline two",')
    expect(text).toContain(',Été — 日本語 ñ,')
    expect(text).toContain(',"Windows\r\nbreak",')
    expect(text.endsWith('\r\n')).toBe(true)
    const parsed = Papa.parse<string[]>(text.slice(0, -2), { newline: '\r\n' })
    expect(parsed.errors).toEqual([])
    expect(parsed.data.map((row) => row[1])).toEqual(names)
  })

  it('flattens grading periods and academic weeks into one cell each, in API order', () => {
    const [cells] = Papa.parse<string[]>(
      csvRecords(
        [
          session({
            gradingPeriods: [
              {
                gradingPeriodReference: {
                  gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks',
                  gradingPeriodName: 'GP 1',
                  schoolId: 255901001,
                  schoolYear: 2025,
                },
              },
              {
                gradingPeriodReference: {
                  gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#Second Six Weeks',
                  gradingPeriodName: 'GP 2',
                  schoolId: 255901001,
                  schoolYear: 2025,
                },
              },
            ],
            academicWeeks: [
              { academicWeekReference: { schoolId: 255901001, weekIdentifier: 'Week 01' } },
              { academicWeekReference: { schoolId: 255901001, weekIdentifier: 'Week 02' } },
            ],
          }),
        ],
        lookups,
      ).trimEnd(),
    ).data
    const column = (name: (typeof CSV_COLUMNS)[number]) => cells![CSV_COLUMNS.indexOf(name)]
    expect(column('Grading periods')).toBe('GP 1 (First Six Weeks); GP 2 (Second Six Weeks)')
    expect(column('Grading period descriptors')).toBe(
      'uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks; uri://ed-fi.org/GradingPeriodDescriptor#Second Six Weeks',
    )
    expect(column('Academic weeks')).toBe('Week 01; Week 02')
  })

  it('leaves the school name empty when it is unknown, and keeps text that a spreadsheet would run as a formula as text', () => {
    const [cells] = Papa.parse<string[]>(
      csvRecords([session({ sessionName: '=HYPERLINK("x")', schoolReference: { schoolId: 1 } })], lookups).trimEnd(),
    ).data
    expect(cells![CSV_COLUMNS.indexOf('School')]).toBe('')
    expect(cells![CSV_COLUMNS.indexOf('Session name')]).toBe(`'=HYPERLINK("x")`)
  })

  it.each(['=1+1\nTerm', '+cmd|" /C calc"!A0\r\nx', '@SUM(A1)\nB'])(
    'escapes a formula-looking cell that holds a line break: %j',
    (name) => {
      const [cells] = Papa.parse<string[]>(csvRecords([session({ sessionName: name })], lookups).trimEnd()).data
      expect(cells![CSV_COLUMNS.indexOf('Session name')]).toBe(`'${name}`)
    },
  )

  it('writes nothing for an empty page', () => {
    expect(csvRecords([], lookups)).toBe('')
  })
})

describe('CSV header', () => {
  it('names every column, after a UTF-8 byte order mark only when asked for', () => {
    expect(csvHeader({ bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`)
    expect(csvHeader({ bom: true })).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`)
  })
})

describe('file formats', () => {
  it('JSON Lines keeps each body exactly as the API sent it, one per line', () => {
    const format = fileFormat({ format: 'jsonl', bom: true, lookups })
    const body = { id: 'x', sessionName: 'A, "b"\nc', _ext: { sample: { n: 1 } } }
    expect(format.header).toBe('')
    expect(format.page([body, { id: 'y' }])).toBe(`${JSON.stringify(body)}\n{"id":"y"}\n`)
  })

  it('CSV refuses a body that is not a session instead of writing a wrong row', () => {
    expect(() => fileFormat({ format: 'csv', bom: false, lookups }).page([{ id: 'x' }])).toThrow(/cannot read/)
  })

  it('names the file after the local date', () => {
    expect(exportFileName('csv', new Date(2025, 4, 1, 23, 59))).toBe('sessions-2025-05-01.csv')
  })
})
