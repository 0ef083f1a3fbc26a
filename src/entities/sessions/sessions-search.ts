import { z } from 'zod'
import type { ChangeVersionWindow, SessionFilters } from './session-params.ts'
import { SESSION_MEMBER_ORDER } from './session-member-order.ts'

// Junk falls back to "not set", so a hand-edited or stale link opens the default view.

export const PAGE_SIZES = [25, 50, 100, 250, 500] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 25

export type PagingMode = 'offset' | 'cursor'

// TanStack Router JSON-parses search values (`?sessionName=2021` arrives as a number): accept both.
const text = (max: number) =>
  z
    .union([z.string(), z.number()])
    .transform((value) => String(value).trim())
    .pipe(z.string().min(1).max(max))
    .optional()
    .catch(undefined)

/** A number, or its digits as text; not `true` or an empty string, which Number() would turn into 1 and 0. */
const numeric = z.union([
  z.number(),
  z
    .string()
    .regex(/^\d{1,16}$/)
    .transform(Number),
])

const whole = (min: number, max = Number.MAX_SAFE_INTEGER) => numeric.pipe(z.number().int().min(min).max(max)).optional().catch(undefined)

export function isDateOnly(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const dateOnly = z.string().refine(isDateOnly).optional().catch(undefined)

const pageToken = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/)

export const sessionsSearchSchema = z.object({
  schoolId: whole(1),
  schoolYear: whole(1900, 2200),
  sessionName: text(60),
  termDescriptor: text(306),
  beginDate: dateOnly,
  endDate: dateOnly,
  totalInstructionalDays: whole(0, 2_147_483_647),
  id: text(64),
  minChangeVersion: whole(0),
  maxChangeVersion: whole(0),
  mode: z.enum(['offset', 'cursor']).optional().catch(undefined),
  pageSize: numeric
    .refine((n): n is PageSize => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  offset: whole(0),
  tokens: z.array(pageToken).max(500).optional().catch(undefined),
  allYears: z.boolean().optional().catch(undefined),
})

export type SessionsSearch = z.infer<typeof sessionsSearchSchema>

export const FILTER_KEYS = [...SESSION_MEMBER_ORDER, 'id'] as const satisfies readonly (keyof SessionFilters)[]

export const WINDOW_KEYS = ['minChangeVersion', 'maxChangeVersion'] as const satisfies readonly (keyof ChangeVersionWindow)[]

export const NARROWING_KEYS = [...FILTER_KEYS, ...WINDOW_KEYS] as const
export type NarrowingKey = (typeof NARROWING_KEYS)[number]
export type Narrowing = Pick<SessionsSearch, NarrowingKey>

export function filtersOf(search: SessionsSearch): SessionFilters {
  const filters: SessionFilters = {}
  for (const key of FILTER_KEYS) if (search[key] !== undefined) Object.assign(filters, { [key]: search[key] })
  return filters
}

export function changeWindowOf(search: SessionsSearch): ChangeVersionWindow {
  const window: ChangeVersionWindow = {}
  if (search.minChangeVersion !== undefined) window.minChangeVersion = search.minChangeVersion
  if (search.maxChangeVersion !== undefined) window.maxChangeVersion = search.maxChangeVersion
  return window
}

export function narrowingOf(search: SessionsSearch): Narrowing {
  return { ...filtersOf(search), ...changeWindowOf(search) }
}

export function hasNarrowing(search: SessionsSearch): boolean {
  return NARROWING_KEYS.some((key) => search[key] !== undefined)
}

export interface Paging {
  mode: PagingMode
  size: PageSize
  offset: number
  tokens: string[]
}

export function pagingOf(search: SessionsSearch): Paging {
  const mode = search.mode ?? 'offset'
  return {
    mode,
    size: search.pageSize ?? DEFAULT_PAGE_SIZE,
    offset: mode === 'offset' ? (search.offset ?? 0) : 0,
    tokens: mode === 'cursor' ? (search.tokens ?? []) : [],
  }
}

export function pagingToSearch(paging: Paging): Pick<SessionsSearch, 'mode' | 'pageSize' | 'offset' | 'tokens'> {
  return {
    mode: paging.mode === 'offset' ? undefined : paging.mode,
    pageSize: paging.size === DEFAULT_PAGE_SIZE ? undefined : paging.size,
    offset: paging.mode === 'offset' && paging.offset > 0 ? paging.offset : undefined,
    tokens: paging.mode === 'cursor' && paging.tokens.length > 0 ? paging.tokens : undefined,
  }
}

export function withNarrowing(search: SessionsSearch, narrowing: Narrowing): SessionsSearch {
  const paging = pagingOf(search)
  const cleared = Object.fromEntries(NARROWING_KEYS.map((key) => [key, undefined]))
  const allYears = narrowing.schoolYear === undefined ? true : undefined
  return { ...search, ...cleared, ...narrowing, allYears, ...pagingToSearch({ ...paging, offset: 0, tokens: [] }) }
}

export function withPageSize(search: SessionsSearch, size: PageSize): SessionsSearch {
  const paging = pagingOf(search)
  const offset = Math.floor(paging.offset / size) * size
  return { ...search, ...pagingToSearch({ ...paging, size, offset, tokens: [] }) }
}

export function withMode(search: SessionsSearch, mode: PagingMode): SessionsSearch {
  const paging = pagingOf(search)
  return { ...search, ...pagingToSearch({ ...paging, mode, offset: 0, tokens: [] }) }
}

// Per tab, so the detail view's way back lands on the same filters and page.
const LAST_LIST_KEY = 'edfi-steward.sessions-list-search'

export function rememberListSearch(search: SessionsSearch): void {
  try {
    sessionStorage.setItem(LAST_LIST_KEY, JSON.stringify(search))
  } catch {
    // Storage may be disabled: the way back then opens the default view.
  }
}

export function lastListSearch(): SessionsSearch {
  try {
    const raw = sessionStorage.getItem(LAST_LIST_KEY)
    return raw ? sessionsSearchSchema.parse(JSON.parse(raw)) : {}
  } catch {
    return {}
  }
}
