import { z } from 'zod'
import { listSessions } from './list-sessions.ts'
import { cursorsFor, runPartitions } from './partition-runner.ts'
import type { ChangeVersionWindow, SessionFilters } from './session-params.ts'
import { sessionSchema, type Session } from './session-schema.ts'
import { planWholeSetWalk, readWalkPage, type WholeSetWalk } from './whole-set-walk.ts'

export interface WholeSetSource {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
  snapshot: boolean
}

export interface WholeSetProgress {
  rowsRead: number
  expectedRows: number
}

export interface ReadAllOptions<T> extends WholeSetSource {
  schema?: z.ZodType<T>
  maxRows?: number
  pageSize?: number
  maxPartitions?: number
  onProgress?: (progress: WholeSetProgress) => void
  /** 'offset-sequential': rows written meanwhile may shift (say so). */
  onWalk?: (walk: WholeSetWalk) => void
  /** Each page's rows as they are read; they are then not also collected (the result is empty). */
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

  const { walk, plan, tokens, concurrency } = await planWholeSetWalk({ filters, changeWindow, snapshot }, expectedRows, {
    ...options,
    signal,
  })
  options.onWalk?.(walk)
  const byPartition: T[][] = tokens.map(() => [])
  let rowsRead = 0
  options.onProgress?.({ rowsRead, expectedRows })
  await runPartitions<T[]>({
    cursors: cursorsFor(tokens),
    concurrency,
    signal,
    fetchPage: async (token, pageSignal) => {
      const page = await readWalkPage({ filters, changeWindow, snapshot }, token, plan.pageSize, z.array(schema), pageSignal)
      return { data: page.items, rows: page.items.length, nextToken: page.nextToken }
    },
    onPage: (partition, items, rows) => {
      if (options.onRows) options.onRows(items)
      else for (const item of items) byPartition[partition]!.push(item)
      rowsRead += rows
      options.onProgress?.({ rowsRead, expectedRows })
    },
  })
  return byPartition.flat()
}
