import type { FilterType, SqlValue } from '../db/resource-rows.ts'
import { PAGE_SIZE_LIMIT, firstValue, lowerCaseQuery, parseBooleanParam, parseIntegerParam, throwIfUnbound } from './change-query-params.ts'
import { problems } from './problem.ts'
import { assertOffsetPaging, parseGuid, parsePagingParams } from './session-paging.ts'
import { ErrorBag } from './validation-errors.ts'

export interface ResourceListQuery {
  filters: Record<string, SqlValue>
  offset: number
  limit: number
  totalCount: boolean
}

const DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?\s*$/
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

function bindFilter(query: Record<string, unknown>, name: string, type: FilterType, bag: ErrorBag): SqlValue | undefined {
  const raw = firstValue(query[name.toLowerCase()])
  if (raw === undefined || raw.trim() === '') return undefined
  const invalid = () => bag.add(`$.${name}`, `The value '${raw}' is not valid for ${pascal(name)}.`)
  switch (type) {
    case 'int':
      return parseIntegerParam(query, name, pascal(name), bag)
    case 'bool':
      return parseBooleanParam(query, name, pascal(name), bag) ? 1 : 0
    case 'guid': {
      const id = parseGuid(raw)
      if (id === undefined) invalid()
      return id
    }
    case 'date': {
      const match = DATE.exec(raw)
      if (match) return `${match[1]}-${match[2]}-${match[3]}`
      invalid()
      return undefined
    }
    case 'text':
      return raw
  }
}

export function parseResourceListQuery(rawQuery: unknown, filterTypes: Record<string, readonly [string, FilterType]>): ResourceListQuery {
  const query = lowerCaseQuery(rawQuery)
  const bag = new ErrorBag()
  const { offset, limit, pageSize, totalCount } = parsePagingParams(query, bag)
  const filters: Record<string, SqlValue> = {}
  for (const [name, [, type]] of Object.entries(filterTypes)) {
    const value = bindFilter(query, name, type, bag)
    if (value !== undefined) filters[name] = value
  }
  throwIfUnbound(bag)

  const pageToken = firstValue(query.pagetoken)
  if (pageToken !== undefined && pageToken.trim() !== '') {
    throw problems.parameterValidation(['Cursor paging (pageToken) is not available on this resource; use offset and limit.'])
  }
  assertOffsetPaging(offset, limit, pageSize)
  return { filters, offset: offset ?? 0, limit: limit ?? PAGE_SIZE_LIMIT, totalCount }
}
