import { isoOfDay } from '../../lib/date-only.ts'
import type { CheckedSession } from './rules/types.ts'
import type { SessionSummary } from './check-protocol.ts'
import { joinTexts, textAt, type JoinedTexts } from './joined-texts.ts'

// Columns, not row objects: a structured clone writes every member name again and rebuilds each object.
// Ids and names travel joined, terms once per page, dates as day numbers.

/** A row's references to grading periods and academic weeks (only rows that have any). */
export interface RowLinks {
  row: number
  gradingPeriods: CheckedSession['gradingPeriods']
  weeks: CheckedSession['weeks']
}

export interface SessionColumns {
  /** Per row: id, then name. */
  texts: JoinedTexts
  terms: string[]
  termOf: Uint16Array | Uint32Array
  beginDays: Int32Array
  endDays: Int32Array
  schoolIds: Float64Array
  schoolYears: Int32Array
  days: Int32Array
  /** For the checker; the page is sent none. */
  links: RowLinks[]
}

export function toColumns(rows: readonly CheckedSession[]): SessionColumns {
  const n = rows.length
  const termPositions = new Map<string, number>()
  const columns: Omit<SessionColumns, 'texts'> = {
    terms: [],
    termOf: n < 65_536 ? new Uint16Array(n) : new Uint32Array(n),
    beginDays: new Int32Array(n),
    endDays: new Int32Array(n),
    schoolIds: new Float64Array(n),
    schoolYears: new Int32Array(n),
    days: new Int32Array(n),
    links: [],
  }
  const texts = joinTexts(2 * n)
  for (let i = 0; i < n; i++) {
    const row = rows[i]!
    texts.add(row.id)
    texts.add(row.name)
    let term = termPositions.get(row.term)
    if (term === undefined) termPositions.set(row.term, (term = columns.terms.push(row.term) - 1))
    columns.termOf[i] = term
    columns.beginDays[i] = row.beginDay
    columns.endDays[i] = row.endDay
    columns.schoolIds[i] = row.schoolId
    columns.schoolYears[i] = row.schoolYear
    columns.days[i] = row.days
    if (row.gradingPeriods.length > 0 || row.weeks.length > 0)
      columns.links.push({ row: i, gradingPeriods: row.gradingPeriods, weeks: row.weeks })
  }
  return { ...columns, texts: texts.joined() }
}

// A set spans a few thousand distinct days: each is written out once.
const isoOfDays = new Map<number, string>()
function isoOf(day: number): string {
  let iso = isoOfDays.get(day)
  if (iso === undefined) isoOfDays.set(day, (iso = isoOfDay(day)))
  return iso
}

function rowReader(columns: SessionColumns): (i: number) => SessionSummary {
  const { texts, terms, termOf, beginDays, endDays, schoolIds, schoolYears, days } = columns
  return (i) => ({
    id: textAt(texts, 2 * i),
    name: textAt(texts, 2 * i + 1),
    schoolId: schoolIds[i]!,
    schoolYear: schoolYears[i]!,
    term: terms[termOf[i]!]!,
    beginDate: isoOf(beginDays[i]!),
    endDate: isoOf(endDays[i]!),
    days: days[i]!,
  })
}

export function fromColumns(columns: SessionColumns, into: SessionSummary[]): void {
  const row = rowReader(columns)
  for (let i = 0; i < columns.schoolIds.length; i++) into.push(row(i))
}

/** The checker's rows (numbered by the checker). */
export function toCheckedRows(columns: SessionColumns): CheckedSession[] {
  const row = rowReader(columns)
  const rows: CheckedSession[] = []
  const { beginDays, endDays } = columns
  for (let i = 0; i < columns.schoolIds.length; i++)
    rows.push({ ...row(i), beginDay: beginDays[i]!, endDay: endDays[i]!, gradingPeriods: [], weeks: [], position: -1 })
  for (const link of columns.links) Object.assign(rows[link.row]!, { gradingPeriods: link.gradingPeriods, weeks: link.weeks })
  return rows
}
