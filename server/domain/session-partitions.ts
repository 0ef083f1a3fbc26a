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

// GET /{resource}/partitions as ODS/API v7.3 answers it (PartitionsController,
// PartitionsQueryBuilderProvider; Postman "Partitions Validation"):
// - `number` 1..200, else 400 "Number of partitions must be between 1 and 200."; omitted: 10
//   (DefaultPartitionCount);
// - partitions hold at least 5 x the page size limit (500) rows, so small sets get one
//   partition, unless the undocumented `allowSmallPartitions=true` lowers the minimum to 1 row;
// - the tokens cover contiguous aggregate-id ranges; the last one is open-ended.

export const MIN_PARTITIONS = 1
export const MAX_PARTITIONS = 200
export const DEFAULT_PARTITION_COUNT = 10

export interface PartitionOptions {
  /** As requested; undefined when omitted (ODS then sizes for 10 but caps nothing). */
  requested: number | undefined
  allowSmallPartitions: boolean
  minChangeVersion?: number
  maxChangeVersion?: number
}

/**
 * The controller's own parameters, query keyed by lower-case name (see lowerCaseQuery). `number`
 * and the UrlQueryParametersRequest members are bound by [ApiController], so unbindable values
 * answer the model-binding 400 first; limit, offset, pageSize and totalCount are then ignored.
 */
export function parsePartitionOptions(query: Record<string, unknown>): PartitionOptions {
  const bag = new ErrorBag()
  // An action parameter: its display name is the parameter name itself.
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
  // The ODS reads it from its additional-parameters dictionary with Convert.ToBoolean.
  const allowSmall = firstValue(query.allowsmallpartitions)
  return { requested, allowSmallPartitions: allowSmall?.trim().toLowerCase() === 'true', ...window }
}

export function partitionSizing(options: PartitionOptions): { numberOfPartitions: number; minimumPartitionSize: number } {
  return {
    numberOfPartitions: options.requested ?? DEFAULT_PARTITION_COUNT,
    minimumPartitionSize: options.allowSmallPartitions ? 1 : 5 * PAGE_SIZE_LIMIT,
  }
}

/**
 * Page tokens from the partitions' first aggregate ids (PartitionsController.PreparePageTokens):
 * [start_i, start_{i+1} - 1] for each partition, the last one open-ended. When a `number` was
 * requested and there is one starting id too many, the last token absorbs the surplus.
 */
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
