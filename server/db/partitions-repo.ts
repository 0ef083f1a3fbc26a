import type { Db } from './database.ts'
import { sessionFilterClause, type SessionFilters } from './session-filter-sql.ts'

export type { SessionFilters }

// Partition boundaries as v7.3 computes them: every row whose (RowNumber - 1) is a multiple of the size.

export interface PartitionQuery {
  filters: SessionFilters
  schoolIds: readonly number[]
  numberOfPartitions: number
  minimumPartitionSize: number
}

/** v7.3's CEILING over two integers is already floored, so there can be one more start than partitions asked for. */
export function partitionStartIds(db: Db, query: PartitionQuery): number[] {
  if (query.schoolIds.length === 0) return []
  const where = sessionFilterClause(query.filters, query.schoolIds)
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
