import { z } from 'zod'
import { listSessions, readCursorPage } from './list-sessions.ts'
import { listSessionPartitions } from './session-changes.ts'
import { MAX_PAGE_SIZE, planPartitions } from './partition-plan.ts'
import { cursorsFor, runPartitions } from './partition-runner.ts'
import type { ChangeVersionWindow, SessionFilters } from './session-params.ts'
import { sessionSchema, type Session } from './session-schema.ts'

// The whole filtered set in memory, for screens that must see all of it at once (data-quality
// checks, name search, bulk selection): the export's walk (count, /partitions, parallel cursors),
// collected in partition order instead of streamed to a file.

export interface WholeSetSource {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
  /** Sends Use-Snapshot: true on every request, so the set is one consistent copy. */
  snapshot: boolean
}

export interface WholeSetProgress {
  rowsRead: number
  expectedRows: number
}

export interface ReadAllOptions<T> extends WholeSetSource {
  /** How each body is read; sessions by default. Pass a looser schema to keep unknown members. */
  schema?: z.ZodType<T>
  /** Refuses (TooManyRowsError) before reading when the count is above this. */
  maxRows?: number
  pageSize?: number
  maxPartitions?: number
  onProgress?: (progress: WholeSetProgress) => void
  /** Each page's rows as they arrive (in arrival order), e.g. to hand them on to a worker at once. */
  onRows?: (rows: readonly T[]) => void
  signal?: AbortSignal
}

export class TooManyRowsError extends Error {
  readonly count: number
  readonly maxRows: number
  constructor(count: number, maxRows: number) {
    super(`${count} sessions match; at most ${maxRows} can be read whole`)
    this.name = 'TooManyRowsError'
    this.count = count
    this.maxRows = maxRows
  }
}

/** Total-Count of the filtered set (limit=0&totalCount=true, the cheap count). */
export async function countSessions(source: WholeSetSource, signal?: AbortSignal): Promise<number> {
  const { filters, changeWindow, snapshot } = source
  const counted = await listSessions({ ...filters, ...changeWindow, snapshot, limit: 0, totalCount: true }, signal)
  return counted.total ?? 0
}

export async function readAllSessions(options: ReadAllOptions<Session>): Promise<Session[]>
export async function readAllSessions<T>(options: ReadAllOptions<T> & { schema: z.ZodType<T> }): Promise<T[]>
export async function readAllSessions<T>(options: ReadAllOptions<T>): Promise<T[]> {
  const { filters, changeWindow, snapshot, signal } = options
  const schema = (options.schema ?? sessionSchema) as z.ZodType<T>
  const expectedRows = await countSessions(options, signal)
  if (options.maxRows !== undefined && expectedRows > options.maxRows) throw new TooManyRowsError(expectedRows, options.maxRows)
  if (expectedRows === 0) return []

  const plan = planPartitions(expectedRows, { pageSize: options.pageSize ?? MAX_PAGE_SIZE, maxPartitions: options.maxPartitions })
  const tokens = await listSessionPartitions(
    { ...filters, ...changeWindow, snapshot, number: plan.partitions, allowSmallPartitions: plan.allowSmallPartitions || undefined },
    signal,
  )
  const byPartition: T[][] = tokens.map(() => [])
  let rowsRead = 0
  options.onProgress?.({ rowsRead, expectedRows })
  await runPartitions<T[]>({
    cursors: cursorsFor(tokens),
    concurrency: plan.partitions,
    signal,
    fetchPage: async (token, pageSignal) => {
      const page = await readCursorPage({ ...filters, ...changeWindow, snapshot, pageToken: token, pageSize: plan.pageSize }, z.array(schema), pageSignal)
      return { data: page.items, rows: page.items.length, nextToken: page.nextPageToken }
    },
    onPage: (partition, items, rows) => {
      for (const item of items) byPartition[partition]!.push(item)
      options.onRows?.(items)
      rowsRead += rows
      options.onProgress?.({ rowsRead, expectedRows })
    },
  })
  return byPartition.flat()
}
