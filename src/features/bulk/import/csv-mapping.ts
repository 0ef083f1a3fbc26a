import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import { EDITABLE_CSV_COLUMNS } from '../../../lib/session-csv-columns.ts'
import type { SessionBody } from '../../../entities/sessions/session-schema.ts'
import { DS52_FORM_LIMITS, type SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import { ruleProblems } from '../plan/edit-plan.ts'

export type Field =
  | 'id'
  | 'sessionName'
  | 'schoolId'
  | 'schoolYear'
  | 'term'
  | 'termDescriptor'
  | 'beginDate'
  | 'endDate'
  | 'totalInstructionalDays'
  | 'gradingPeriods'
  | 'gradingPeriodDescriptors'
  | 'academicWeeks'

const HEADERS: Record<Field, string[]> = {
  id: ['session id', 'id'],
  sessionName: ['session name', 'sessionname', 'name'],
  schoolId: ['school id', 'schoolid'],
  schoolYear: ['school year', 'schoolyear'],
  term: ['term'],
  termDescriptor: ['term descriptor', 'termdescriptor'],
  beginDate: ['begin date', 'begindate'],
  endDate: ['end date', 'enddate'],
  totalInstructionalDays: ['instructional days', 'totalinstructionaldays'],
  gradingPeriods: ['grading periods', 'gradingperiods'],
  gradingPeriodDescriptors: ['grading period descriptors'],
  academicWeeks: ['academic weeks', 'academicweeks'],
}

export const TEMPLATE_HEADERS = EDITABLE_CSV_COLUMNS

const REQUIRED: Field[] = ['sessionName', 'schoolId', 'schoolYear', 'beginDate', 'endDate', 'totalInstructionalDays']
const LIST = /\s*;\s*/
const TERM_NAMESPACE = 'uri://ed-fi.org/TermDescriptor'

export type ColumnMap = Partial<Record<Field, number>>

export function mapColumns(header: readonly string[]): { map: ColumnMap; missing: string[] } {
  const map: ColumnMap = {}
  header.forEach((name, index) => {
    const normal = name
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase()
    const field = (Object.keys(HEADERS) as Field[]).find((f) => HEADERS[f].includes(normal))
    if (field && map[field] === undefined) map[field] = index
  })
  const missing = REQUIRED.filter((f) => map[f] === undefined).map((f) => HEADERS[f][0]!)
  if (map.term === undefined && map.termDescriptor === undefined) missing.push('term descriptor (or term)')
  return { map, missing }
}

export interface ParsedRow {
  line: number
  id?: string
  body?: SessionBody
  problems: string[]
}

/** The export writes a leading ' before = + - @ so spreadsheets show text; the import takes it off. */
const unescape = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)

export function parseRow(cells: readonly string[], map: ColumnMap, line: number, limits: SessionFormLimits = DS52_FORM_LIMITS): ParsedRow {
  const cell = (field: Field) => (map[field] === undefined ? '' : unescape(cells[map[field]!] ?? ''))
  const problems: string[] = []
  const whole = (field: Field, label: string) => {
    const text = cell(field).trim()
    if (!/^\d+$/.test(text)) problems.push(`${label} must be a whole number (found “${text}”).`)
    return Number(text)
  }
  const schoolId = whole('schoolId', 'School ID')
  const schoolYear = whole('schoolYear', 'School year')
  const termDescriptor = cell('termDescriptor').trim() || (cell('term').trim() ? `${TERM_NAMESPACE}#${cell('term').trim()}` : '')
  const days = cell('totalInstructionalDays').trim()
  const periodNames = cell('gradingPeriods').split(LIST).filter(Boolean)
  const periodDescriptors = cell('gradingPeriodDescriptors').split(LIST).filter(Boolean)
  if (periodNames.length !== periodDescriptors.length)
    problems.push('Each grading period needs its descriptor (the two columns list the same number of items).')
  const body: SessionBody = {
    sessionName: cell('sessionName'),
    schoolReference: { schoolId },
    schoolYearTypeReference: { schoolYear },
    termDescriptor,
    beginDate: cell('beginDate').trim(),
    endDate: cell('endDate').trim(),
    totalInstructionalDays: /^\d+$/.test(days) ? Number(days) : Number.NaN,
    gradingPeriods: periodDescriptors.map((descriptor, i) => ({
      gradingPeriodReference: {
        gradingPeriodDescriptor: descriptor,
        gradingPeriodName: stripLabel(periodNames[i] ?? '', descriptor),
        schoolId,
        schoolYear,
      },
    })),
    academicWeeks: cell('academicWeeks')
      .split(LIST)
      .filter(Boolean)
      .map((weekIdentifier) => ({ academicWeekReference: { schoolId, weekIdentifier } })),
  }
  problems.push(...ruleProblems(body, limits))
  const id = cell('id').trim() || undefined
  return { line, id, body: problems.length ? undefined : body, problems }
}

function stripLabel(text: string, descriptor: string): string {
  const suffix = ` (${descriptorLabel(descriptor)})`
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text
}
