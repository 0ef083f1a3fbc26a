import Papa from 'papaparse'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { SESSION_CSV_COLUMNS } from '../../lib/session-csv-columns.ts'
import type { Session } from '../../entities/sessions/session-schema.ts'

// Sessions as spreadsheet rows. RFC 4180: fields with a comma, quote or line break are quoted,
// quotes doubled, records end with CRLF; Papa.unparse does the quoting (tested below against
// names with commas, quotes, line breaks and non-ASCII letters). Descriptors appear twice: the
// label people read and the URI systems match on. Dates stay the API's YYYY-MM-DD text, which
// spreadsheets read as dates without any time-zone shift. Lists (grading periods, academic weeks)
// share one cell, joined with "; ", in the order the API returns them.

export interface CsvLookups {
  schoolName: (schoolId: number) => string | undefined
}

export const CSV_COLUMNS = SESSION_CSV_COLUMNS

export const UTF8_BOM = '\uFEFF'
const CRLF = '\r\n'
const LIST_SEPARATOR = '; '

type Cell = string | number
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCells(session: Session, lookups: CsvLookups): Cell[] {
  const schoolId = session.schoolReference.schoolId
  const periods = (session.gradingPeriods ?? []).map((p) => p.gradingPeriodReference)
  return [
    session.id,
    session.sessionName,
    schoolId,
    lookups.schoolName(schoolId) ?? '',
    session.schoolYearTypeReference.schoolYear,
    descriptorLabel(session.termDescriptor),
    session.termDescriptor,
    session.beginDate,
    session.endDate,
    session.totalInstructionalDays,
    periods.map((p) => `${p.gradingPeriodName} (${descriptorLabel(p.gradingPeriodDescriptor)})`).join(LIST_SEPARATOR),
    periods.map((p) => p.gradingPeriodDescriptor).join(LIST_SEPARATOR),
    (session.academicWeeks ?? []).map((w) => w.academicWeekReference.weekIdentifier).join(LIST_SEPARATOR),
    session._lastModifiedDate ?? '',
  ]
}

function unparse(rows: Cell[][]): string {
  if (rows.length === 0) return ''
  // A text cell starting with = + - @ (or tab, CR) gets a leading ' so a spreadsheet shows it as
  // text instead of running it (CSV injection). Papa's own pattern needs the whole cell on one
  // line, so "=...\n..." slipped through; only the first character matters.
  return Papa.unparse(rows, { newline: CRLF, escapeFormulae: FORMULA_START }) + CRLF
}

/** The header record, after a byte order mark when asked for (Excel reads UTF-8 correctly only with one). */
export function csvHeader(options: { bom: boolean }): string {
  return (options.bom ? UTF8_BOM : '') + unparse([[...CSV_COLUMNS]])
}

export function csvRecords(sessions: readonly Session[], lookups: CsvLookups): string {
  return unparse(sessions.map((session) => csvCells(session, lookups)))
}
