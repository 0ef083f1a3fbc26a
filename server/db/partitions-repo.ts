import type { Db } from './database.ts'

// Partition boundaries for GET /ed-fi/sessions/partitions, as ODS/API v7.3 computes them
// (PartitionsQueryBuilderProvider): number the accessible, filtered rows by aggregate id and keep
// every row whose (RowNumber - 1) is a multiple of the partition size.

/** The sessions list's property filters and change-version window, already validated. */
export interface SessionFilters {
  sessionName?: string
  schoolId?: number
  schoolYear?: number
  /** A descriptor URI: "<namespace>#<codeValue>", compared case-insensitively. */
  termDescriptor?: string
  beginDate?: string
  endDate?: string
  id?: string
  totalInstructionalDays?: number
  minChangeVersion?: number
  maxChangeVersion?: number
}

export interface PartitionQuery {
  filters: SessionFilters
  /** Schools the caller may read (relationship-based authorization). */
  schoolIds: readonly number[]
  numberOfPartitions: number
  /** Lower bound of the partition size: 1 with allowSmallPartitions, else 5 x the page size limit. */
  minimumPartitionSize: number
}

function filterWhere(filters: SessionFilters, schoolIds: readonly number[]): { sql: string; params: (string | number)[] } {
  const parts = [`s.school_id IN (${schoolIds.map(() => '?').join(', ')})`]
  const params: (string | number)[] = [...schoolIds]
  const add = (sql: string, ...values: (string | number)[]) => {
    parts.push(sql)
    params.push(...values)
  }
  if (filters.sessionName !== undefined) add('s.session_name = ?', filters.sessionName)
  if (filters.schoolId !== undefined) add('s.school_id = ?', filters.schoolId)
  if (filters.schoolYear !== undefined) add('s.school_year = ?', filters.schoolYear)
  if (filters.termDescriptor !== undefined) {
    // As the sessions list resolves it (sessions-repo.ts): split at the first '#', no '#' matches nothing.
    const hash = filters.termDescriptor.indexOf('#')
    if (hash < 0) add('0 = 1')
    else {
      add(
        `s.term_descriptor_id = (SELECT d.descriptor_id FROM descriptors d
           WHERE d.kind = 'TermDescriptor' AND d.namespace = ? AND d.code_value = ?)`,
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

/**
 * First aggregate id of every partition, ascending. The size is MAX(count / number, minimum) with
 * integer division: v7.3 writes CEILING(CountOfRows / @numberOfPartitions) over two integers, so
 * the quotient is already floored and there can be one more starting id than partitions asked for.
 */
export function partitionStartIds(db: Db, query: PartitionQuery): number[] {
  if (query.schoolIds.length === 0) return []
  const where = filterWhere(query.filters, query.schoolIds)
  const rows = db
    .prepare(
      `WITH numbered AS (
         SELECT s.session_id AS aggregate_id,
                ROW_NUMBER() OVER (ORDER BY s.session_id) AS row_number,
                COUNT(*) OVER () AS count_of_rows
           FROM sessions s
          WHERE ${where.sql})
       SELECT aggregate_id FROM numbered
        WHERE (row_number - 1) % MAX(count_of_rows / ?, ?) = 0
        ORDER BY aggregate_id`,
    )
    .all(...where.params, query.numberOfPartitions, query.minimumPartitionSize) as { aggregate_id: number }[]
  return rows.map((row) => row.aggregate_id)
}
