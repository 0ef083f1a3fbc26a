import {
  PAGE_SIZE_LIMIT,
  firstValue,
  parseBooleanParam,
  parseChangeWindow,
  parseIntegerParam,
  throwIfUnbound,
} from './change-query-params.ts'
import { decodePageToken, encodePageToken } from './page-token.ts'
import { problems } from './problem.ts'
import { ErrorBag } from './validation-errors.ts'

// GET /partitions as v7.3 answers it: partitions hold at least 5 x 500 rows (so small sets get one)
// unless the undocumented allowSmallPartitions=true; tokens cover contiguous id ranges.

export const MIN_PARTITIONS = 1
export const MAX_PARTITIONS = 200
export const DEFAULT_PARTITION_COUNT = 10

export interface PartitionOptions {
  requested: number | undefined
  allowSmallPartitions: boolean
  minChangeVersion?: number
  maxChangeVersion?: number
}

/** Unbindable values answer the model-binding 400 first; limit, offset, pageSize and totalCount are then ignored. */
export function parsePartitionOptions(query: Record<string, unknown>): PartitionOptions {
  const bag = new ErrorBag()
  const requested = parseIntegerParam(query, 'number', 'number', bag)
  parseIntegerParam(query, 'offset', 'Offset', bag)
  parseIntegerParam(query, 'limit', 'Limit', bag)
  const window = parseChangeWindow(query, bag)
  parseBooleanParam(query, 'totalCount', 'TotalCount', bag)
  parseIntegerParam(query, 'pageSize', 'PageSize', bag)
  throwIfUnbound(bag)

  if (requested !== undefined && (requested < MIN_PARTITIONS || requested > MAX_PARTITIONS)) {
    throw problems.parameterValidation([`Number of partitions must be between ${MIN_PARTITIONS} and ${MAX_PARTITIONS}.`])
  }
  // A supplied pageToken is decoded (a malformed one is refused), then its range is ignored.
  const pageToken = firstValue(query.pagetoken)
  if (pageToken !== undefined && pageToken !== '' && !decodePageToken(pageToken)) {
    throw problems.parameterValidation(['The page token provided was invalid.'])
  }
  const allowSmall = firstValue(query.allowsmallpartitions)
  return { requested, allowSmallPartitions: allowSmall?.trim().toLowerCase() === 'true', ...window }
}

export function partitionSizing(options: PartitionOptions): { numberOfPartitions: number; minimumPartitionSize: number } {
  return {
    numberOfPartitions: options.requested ?? DEFAULT_PARTITION_COUNT,
    minimumPartitionSize: options.allowSmallPartitions ? 1 : 5 * PAGE_SIZE_LIMIT,
  }
}

export function partitionPageTokens(startIds: readonly number[], requested: number | undefined): string[] {
  const cap = requested ?? Number.POSITIVE_INFINITY
  const tokens: string[] = []
  for (let i = 0; i < startIds.length && tokens.length < cap; i++) {
    const from = startIds[i]!
    const next = startIds[i + 1]
    const last = next === undefined || tokens.length + 1 === cap
    tokens.push(encodePageToken(last ? { from } : { from, to: next - 1 }))
  }
  return tokens
}
