import type { CheckedSession } from './rules/types.ts'
import type { SessionSummary } from './check-protocol.ts'

// Columns, not row objects: a structured clone writes every member name again and rebuilds each object.

export interface SessionColumns {
  ids: string[]
  names: string[]
  schoolIds: Float64Array
  schoolYears: Int32Array
  terms: string[]
  termOf: Uint16Array
  beginDates: string[]
  endDates: string[]
  days: Int32Array
}

export function toColumns(rows: readonly CheckedSession[]): SessionColumns {
  const n = rows.length
  const columns: SessionColumns = {
    ids: new Array<string>(n),
    names: new Array<string>(n),
    schoolIds: new Float64Array(n),
    schoolYears: new Int32Array(n),
    terms: [],
    termOf: new Uint16Array(n),
    beginDates: new Array<string>(n),
    endDates: new Array<string>(n),
    days: new Int32Array(n),
  }
  const termIndex = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const row = rows[i]!
    columns.ids[i] = row.id
    columns.names[i] = row.name
    columns.schoolIds[i] = row.schoolId
    columns.schoolYears[i] = row.schoolYear
    let term = termIndex.get(row.term)
    if (term === undefined) termIndex.set(row.term, (term = columns.terms.push(row.term) - 1))
    columns.termOf[i] = term
    columns.beginDates[i] = row.beginDate
    columns.endDates[i] = row.endDate
    columns.days[i] = row.days
  }
  return columns
}

export function fromColumns(columns: SessionColumns, into: SessionSummary[]): void {
  const { ids, names, schoolIds, schoolYears, terms, termOf, beginDates, endDates, days } = columns
  for (let i = 0; i < ids.length; i++) {
    into.push({
      id: ids[i]!,
      name: names[i]!,
      schoolId: schoolIds[i]!,
      schoolYear: schoolYears[i]!,
      term: terms[termOf[i]!]!,
      beginDate: beginDates[i]!,
      endDate: endDates[i]!,
      days: days[i]!,
    })
  }
}
