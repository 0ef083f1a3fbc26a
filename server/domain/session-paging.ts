import type { SessionFilters } from '../db/sessions-repo.ts'
import {
  PAGE_SIZE_LIMIT,
  firstValue,
  lowerCaseQuery,
  parseBooleanParam,
  parseChangeWindow,
  parseIntegerParam,
  throwIfUnbound,
} from './change-query-params.ts'
import { decodePageToken } from './page-token.ts'
import { problems } from './problem.ts'
import { ErrorBag } from './validation-errors.ts'

export const USE_LIMIT = 'Use limit instead of pageSize when using limit/offset paging.'
export const PAGE_TOKEN_REQUIRED = 'PageToken is required when pageSize is specified.'
export const LIMIT_RANGE = `Limit must be a value between 0 and ${PAGE_SIZE_LIMIT}.`

// Query parameters of GET /ed-fi/sessions, checked in v7.3's order: model binding (every error at
// once), page token, then paging rules (first one wins). See docs/research/edfi-v73-behaviour.md §2.

export type SessionPaging =
  { mode: 'offset'; offset: number; limit: number } | { mode: 'cursor'; from: number; to: number | undefined; pageSize: number }

export interface SessionListQuery {
  filters: SessionFilters
  paging: SessionPaging
  totalCount: boolean
}

const INT32_MAX = 2147483647

function int32(query: Record<string, unknown>, name: string, displayName: string, bag: ErrorBag): number | undefined {
  const value = parseIntegerParam(query, name, displayName, bag)
  if (value === undefined || (value >= -INT32_MAX - 1 && value <= INT32_MAX)) return value
  bag.add(`$.${name}`, `The value '${firstValue(query[name.toLowerCase()])}' is not valid for ${displayName}.`)
  return undefined
}

function text(query: Record<string, unknown>, name: string): string | undefined {
  const raw = firstValue(query[name.toLowerCase()])
  return raw === undefined || raw.trim() === '' ? undefined : raw
}

function date(query: Record<string, unknown>, name: string, displayName: string, bag: ErrorBag): string | undefined {
  const raw = text(query, name)
  if (raw === undefined) return undefined
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?Z?)?\s*$/.exec(raw)
  if (match) {
    const [, y, m, d] = match
    const parsed = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
    if (parsed.getUTCFullYear() === Number(y) && parsed.getUTCMonth() === Number(m) - 1 && parsed.getUTCDate() === Number(d)) {
      return `${y}-${m}-${d}`
    }
  }
  bag.add(`$.${name}`, `The value '${raw}' is not valid for ${displayName}.`)
  return undefined
}

/** Guid binding: "N", "D", "B" or "P" format; stored ids are lower-case "N". undefined when it is not a GUID. */
export function parseGuid(raw: string): string | undefined {
  const value = raw.trim()
  const inner = /^\{(.*)\}$/.exec(value)?.[1] ?? /^\((.*)\)$/.exec(value)?.[1] ?? value
  if (/^[0-9a-f]{32}$/i.test(inner) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(inner)) {
    return inner.replaceAll('-', '').toLowerCase()
  }
  return undefined
}

export function parseSessionPropertyFilters(query: Record<string, unknown>, bag: ErrorBag): SessionFilters {
  const rawId = text(query, 'id')
  const id = rawId === undefined ? undefined : parseGuid(rawId)
  if (rawId !== undefined && id === undefined) bag.add('$.id', `The value '${rawId}' is not valid for Id.`)
  const filters: SessionFilters = {
    sessionName: text(query, 'sessionName'),
    schoolId: parseIntegerParam(query, 'schoolId', 'SchoolId', bag),
    schoolYear: int32(query, 'schoolYear', 'SchoolYear', bag),
    termDescriptor: text(query, 'termDescriptor'),
    beginDate: date(query, 'beginDate', 'BeginDate', bag),
    endDate: date(query, 'endDate', 'EndDate', bag),
    id,
    totalInstructionalDays: int32(query, 'totalInstructionalDays', 'TotalInstructionalDays', bag),
  }
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as SessionFilters
}

const invalid = (message: string) => problems.parameterValidation([message])

/** v7.3's offset-paging rules, first one wins: pageSize needs limit, offset >= 0, limit 0..500. */
export function assertOffsetPaging(offset: number | undefined, limit: number | undefined, pageSize: number | undefined): void {
  if (pageSize !== undefined && limit === undefined) throw invalid(offset !== undefined ? USE_LIMIT : PAGE_TOKEN_REQUIRED)
  if (offset !== undefined && offset < 0) throw invalid('Offset cannot be a negative value.')
  if (limit !== undefined && (limit < 0 || limit > PAGE_SIZE_LIMIT)) throw invalid(LIMIT_RANGE)
}

export function parsePagingParams(query: Record<string, unknown>, bag: ErrorBag, integer = parseIntegerParam) {
  return {
    offset: integer(query, 'offset', 'Offset', bag),
    limit: integer(query, 'limit', 'Limit', bag),
    pageSize: integer(query, 'pageSize', 'PageSize', bag),
    totalCount: parseBooleanParam(query, 'totalCount', 'TotalCount', bag),
  }
}

export function parseSessionListQuery(rawQuery: unknown): SessionListQuery {
  const query = lowerCaseQuery(rawQuery)
  const bag = new ErrorBag()
  const { offset, limit, pageSize, totalCount } = parsePagingParams(query, bag, int32)
  const window = parseChangeWindow(query, bag)
  const filters = { ...parseSessionPropertyFilters(query, bag), ...window }
  throwIfUnbound(bag)

  const rawToken = text(query, 'pageToken')
  const token = rawToken === undefined ? undefined : decodePageToken(rawToken)
  if (rawToken !== undefined && token === undefined) throw invalid('The page token provided was invalid.')

  if (token === undefined) {
    assertOffsetPaging(offset, limit, pageSize)
    // v7.3 takes the default page size limit (500) when limit is omitted, not the OpenAPI's 25.
    return { filters, totalCount, paging: { mode: 'offset', offset: offset ?? 0, limit: limit ?? PAGE_SIZE_LIMIT } }
  }

  if (offset !== undefined) {
    throw invalid(
      'Both offset and pageToken parameters were provided, but they support alternative paging approaches and cannot be used together.',
    )
  }
  // With pageSize present, a limit is tolerated and ignored (Postman "Cursor paging, Limit also specified").
  if (limit !== undefined && pageSize === undefined) throw invalid('Use pageSize instead of limit when using cursor paging with pageToken.')
  if (pageSize !== undefined && (pageSize < 0 || pageSize > PAGE_SIZE_LIMIT)) {
    throw invalid(`PageSize must be a value between 0 and ${PAGE_SIZE_LIMIT}.`)
  }
  if (totalCount) throw invalid('Total count cannot be determined while using cursor paging (when pageToken is specified).')
  return { filters, totalCount, paging: { mode: 'cursor', from: token.from, to: token.to, pageSize: pageSize ?? PAGE_SIZE_LIMIT } }
}
