// How a whole filtered set is read (export, checks, bulk work): K partitions from /partitions, each
// walked with cursor paging in pages of the ODS's maximum page size, at most K requests in flight.

/** The ODS page-size limit: the fewest requests per row. */
export const MAX_PAGE_SIZE = 500
/** More parallel requests than this only queue on one server (and look like abuse to a shared ODS). */
export const MAX_PARTITIONS = 8
/** Without allowSmallPartitions the ODS makes every partition at least 5 x 500 rows (PartitionsController). */
const ODS_MIN_PARTITION_ROWS = 5 * MAX_PAGE_SIZE

export interface PartitionPlan {
  /** Rows the count promised (Total-Count with limit=0). */
  expectedRows: number
  /** Partitions to ask /partitions for: also the most requests in flight. */
  partitions: number
  pageSize: number
  /** Asked for when the set is too small for K partitions of the ODS's default minimum size. */
  allowSmallPartitions: boolean
}

export interface PlanOptions {
  pageSize?: number
  /** At most this many partitions (8 unless a test or benchmark asks otherwise). */
  maxPartitions?: number
}

/** K = min(8, ceil(count / 500)), at least 1: one page per partition is the smallest useful share. */
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
