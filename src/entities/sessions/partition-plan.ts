export const MAX_PAGE_SIZE = 500
/** More parallel requests than this only queue on one server (and look like abuse to a shared ODS). */
export const MAX_PARTITIONS = 8
/** Without allowSmallPartitions the ODS makes every partition at least 5 x 500 rows (PartitionsController). */
const ODS_MIN_PARTITION_ROWS = 5 * MAX_PAGE_SIZE

export interface PartitionPlan {
  expectedRows: number
  partitions: number
  pageSize: number
  allowSmallPartitions: boolean
}

export interface PlanOptions {
  pageSize?: number
  /** At most this many partitions (8 unless a test or benchmark asks otherwise). */
  maxPartitions?: number
}

export function planPartitions(expectedRows: number, options: PlanOptions = {}): PartitionPlan {
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE
  const rows = Math.max(0, Math.floor(expectedRows))
  const partitions = Math.max(1, Math.min(options.maxPartitions ?? MAX_PARTITIONS, Math.ceil(rows / pageSize)))
  return {
    expectedRows: rows,
    partitions,
    pageSize,
    allowSmallPartitions: partitions > 1 && rows < partitions * ODS_MIN_PARTITION_ROWS,
  }
}
