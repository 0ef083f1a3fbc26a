// One WHERE clause for the list, its count and /partitions, so they never disagree about which rows match.

export interface SessionFilters {
  sessionName?: string
  schoolId?: number
  schoolYear?: number
  termDescriptor?: string
  beginDate?: string
  endDate?: string
  id?: string
  totalInstructionalDays?: number
  minChangeVersion?: number
  maxChangeVersion?: number
}

type Param = string | number

export function sessionFilterClause(filters: SessionFilters, schoolIds: readonly number[]): { sql: string; params: Param[] } {
  // "+" keeps SQLite from driving the scan with the school index (and then sorting): walking
  // session_id in order and stopping at LIMIT is what makes a page cheap.
  const parts = [`+s.school_id IN (SELECT value FROM json_each(?))`]
  const params: Param[] = [JSON.stringify(schoolIds)]
  const add = (sql: string, ...values: Param[]) => {
    parts.push(sql)
    params.push(...values)
  }
  if (filters.sessionName !== undefined) add('s.session_name = ?', filters.sessionName)
  if (filters.schoolId !== undefined) add('s.school_id = ?', filters.schoolId)
  if (filters.schoolYear !== undefined) add('s.school_year = ?', filters.schoolYear)
  if (filters.termDescriptor !== undefined) {
    // Like the ODS descriptor resolver: split at the first '#'; no '#' resolves to nothing.
    const hash = filters.termDescriptor.indexOf('#')
    if (hash < 0) add('0 = 1')
    else {
      add(
        `s.term_descriptor_id = (SELECT t.descriptor_id FROM descriptors t
           WHERE t.kind = 'TermDescriptor' AND t.namespace = ? AND t.code_value = ?)`,
        filters.termDescriptor.slice(0, hash),
        filters.termDescriptor.slice(hash + 1),
      )
    }
  }
  if (filters.beginDate !== undefined) add('s.begin_date = ?', filters.beginDate)
  if (filters.endDate !== undefined) add('s.end_date = ?', filters.endDate)
  if (filters.id !== undefined) add('s.id = ?', filters.id)
  if (filters.totalInstructionalDays !== undefined) add('s.total_instructional_days = ?', filters.totalInstructionalDays)
  if (filters.minChangeVersion !== undefined) add('s.change_version >= ?', filters.minChangeVersion)
  if (filters.maxChangeVersion !== undefined) add('s.change_version <= ?', filters.maxChangeVersion)
  return { sql: parts.join(' AND '), params }
}
