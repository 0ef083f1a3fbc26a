import { problems } from './problem.ts'
import { ErrorBag } from './validation-errors.ts'

// Query parameters of /deletes and /keyChanges: unbindable values are the model-binding 400; bound
// ones are checked with wording of their own, unlike the collection GET's.

/** ODS DefaultPageSizeLimit: the largest limit/pageSize, and the default page of /deletes and /keyChanges. */
export const PAGE_SIZE_LIMIT = 500

export interface ChangeQueryParams {
  offset: number
  limit: number
  totalCount: boolean
  minChangeVersion?: number
  maxChangeVersion?: number
}

/** ASP.NET matches query names ignoring case (Postman sends "MinChangeVersion="). */
export function lowerCaseQuery(query: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  if (typeof query !== 'object' || query === null) return result
  for (const [key, value] of Object.entries(query)) {
    const lower = key.toLowerCase()
    if (!(lower in result)) result[lower] = value
  }
  return result
}

export function firstValue(value: unknown): string | undefined {
  if (Array.isArray(value)) return firstValue(value[0])
  return typeof value === 'string' ? value : undefined
}

export function throwIfUnbound(bag: ErrorBag): void {
  if (!bag.isEmpty) throw problems.dataValidation(bag.errors)
}

export function parseIntegerParam(query: Record<string, unknown>, name: string, displayName: string, bag: ErrorBag): number | undefined {
  const raw = firstValue(query[name.toLowerCase()])
  if (raw === undefined || raw.trim() === '') return undefined
  const value = /^\s*[+-]?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN
  if (Number.isSafeInteger(value)) return value
  bag.add(`$.${name}`, `The value '${raw}' is not valid for ${displayName}.`)
  return undefined
}

export function parseBooleanParam(query: Record<string, unknown>, name: string, displayName: string, bag: ErrorBag): boolean {
  const raw = firstValue(query[name.toLowerCase()])
  if (raw === undefined || raw.trim() === '') return false
  const normalized = raw.trim().toLowerCase()
  if (normalized !== 'true' && normalized !== 'false') bag.add(`$.${name}`, `The value '${raw}' is not valid for ${displayName}.`)
  return normalized === 'true'
}

export function parseChangeWindow(query: Record<string, unknown>, bag: ErrorBag): { minChangeVersion?: number; maxChangeVersion?: number } {
  const minChangeVersion = parseIntegerParam(query, 'minChangeVersion', 'MinChangeVersion', bag)
  const maxChangeVersion = parseIntegerParam(query, 'maxChangeVersion', 'MaxChangeVersion', bag)
  return {
    ...(minChangeVersion === undefined ? {} : { minChangeVersion }),
    ...(maxChangeVersion === undefined ? {} : { maxChangeVersion }),
  }
}

export function parseChangeQueryParams(query: Record<string, unknown>): ChangeQueryParams {
  const bag = new ErrorBag()
  const offset = parseIntegerParam(query, 'offset', 'Offset', bag)
  const limit = parseIntegerParam(query, 'limit', 'Limit', bag)
  const totalCount = parseBooleanParam(query, 'totalCount', 'TotalCount', bag)
  const window = parseChangeWindow(query, bag)
  throwIfUnbound(bag)

  const errors: string[] = []
  if (limit !== undefined && (limit < 1 || limit > PAGE_SIZE_LIMIT)) {
    errors.push(`Limit must be omitted or set to a value between 1 and ${PAGE_SIZE_LIMIT}.`)
  }
  if ((offset ?? 0) < 0) errors.push('Offset must be greater than or equal to 0.')
  if (errors.length > 0) throw problems.changeQueryParameterValidation(errors)

  return { offset: offset ?? 0, limit: limit ?? PAGE_SIZE_LIMIT, totalCount, ...window }
}
