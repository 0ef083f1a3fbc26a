import { z } from 'zod'
import type { ChangeVersionWindow, SessionFilters } from './session-params.ts'
import { SESSION_MEMBER_ORDER } from './session-member-order.ts'

// The sessions list state kept in the URL (filters, change-version window, paging mode, page size,
// offset, cursor token history), parsed once. Every member falls back to "not set" when the URL
// holds junk, so a hand-edited or stale link opens the default view instead of crashing.
// Defaults are not written to the URL: `/sessions` is the default view.

export const PAGE_SIZES = [25, 50, 100, 250, 500] as const
export type PageSize = (typeof PAGE_SIZES)[number]
export const DEFAULT_PAGE_SIZE: PageSize = 25

export type PagingMode = 'offset' | 'cursor'

// TanStack Router JSON-parses search values, so `?sessionName=2021` arrives as a number and
// `?schoolId="255901001"` as a string: accept both spellings of the same value.
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

/** A real calendar date as YYYY-MM-DD (2021-02-30 is junk, not March 2nd). */
export function isDateOnly(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const dateOnly = z.string().refine(isDateOnly).optional().catch(undefined)

/** Next-Page-Token values are base64url; anything else would only earn a 400 from the API. */
const pageToken = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/)

export const sessionsSearchSchema = z.object({
  // The eight exact-match property filters of GET /ed-fi/sessions.
  schoolId: whole(1),
  schoolYear: whole(1900, 2200),
  sessionName: text(60),
  termDescriptor: text(306),
  beginDate: dateOnly,
  endDate: dateOnly,
  totalInstructionalDays: whole(0, 2_147_483_647),
  id: text(64),
  // The optional change-version window (both bounds inclusive).
  minChangeVersion: whole(0),
  maxChangeVersion: whole(0),
  // Paging (`pageSize` serves both modes: limit for offset pages, pageSize for cursor pages).
  mode: z.enum(['offset', 'cursor']).optional().catch(undefined),
  pageSize: numeric
    .refine((n): n is PageSize => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  offset: whole(0),
  /** Cursor mode: the tokens of the pages after the first, oldest first; the last one is the page shown. */
  tokens: z.array(pageToken).max(500).optional().catch(undefined),
  /** Set when the steward chose every school year: without it, /sessions opens on the current year. */
  allYears: z.boolean().optional().catch(undefined),
})

export type SessionsSearch = z.infer<typeof sessionsSearchSchema>

export const FILTER_KEYS = [...SESSION_MEMBER_ORDER, 'id'] as const satisfies readonly (keyof SessionFilters)[]

export const WINDOW_KEYS = ['minChangeVersion', 'maxChangeVersion'] as const satisfies readonly (keyof ChangeVersionWindow)[]

/** Everything that narrows the result: the eight filters and the change-version window. */
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
    // Each mode ignores the other's position, so a URL holding both cannot mix them.
    offset: mode === 'offset' ? (search.offset ?? 0) : 0,
    tokens: mode === 'cursor' ? (search.tokens ?? []) : [],
  }
}

/** The URL form of a paging state: defaults left out so the default view stays `/sessions`. */
export function pagingToSearch(paging: Paging): Pick<SessionsSearch, 'mode' | 'pageSize' | 'offset' | 'tokens'> {
  return {
    mode: paging.mode === 'offset' ? undefined : paging.mode,
    pageSize: paging.size === DEFAULT_PAGE_SIZE ? undefined : paging.size,
    offset: paging.mode === 'offset' && paging.offset > 0 ? paging.offset : undefined,
    tokens: paging.mode === 'cursor' && paging.tokens.length > 0 ? paging.tokens : undefined,
  }
}

/** New filters start over at the first page (an offset or a token from another result means nothing). */
export function withNarrowing(search: SessionsSearch, narrowing: Narrowing): SessionsSearch {
  const paging = pagingOf(search)
  const cleared = Object.fromEntries(NARROWING_KEYS.map((key) => [key, undefined]))
  const allYears = narrowing.schoolYear === undefined ? true : undefined
  return { ...search, ...cleared, ...narrowing, allYears, ...pagingToSearch({ ...paging, offset: 0, tokens: [] }) }
}

/** A page size change keeps the first visible row on screen in offset mode; cursor walks restart (tokens are per walk). */
export function withPageSize(search: SessionsSearch, size: PageSize): SessionsSearch {
  const paging = pagingOf(search)
  const offset = Math.floor(paging.offset / size) * size
  return { ...search, ...pagingToSearch({ ...paging, size, offset, tokens: [] }) }
}

export function withMode(search: SessionsSearch, mode: PagingMode): SessionsSearch {
  const paging = pagingOf(search)
  return { ...search, ...pagingToSearch({ ...paging, mode, offset: 0, tokens: [] }) }
}

// The list view a steward came from, so the detail view's way back (and the return after a delete)
// lands on the same filters and page instead of the unfiltered first page. Per tab, like history.
const LAST_LIST_KEY = 'edfi-steward.sessions-list-search'

export function rememberListSearch(search: SessionsSearch): void {
  try {
    sessionStorage.setItem(LAST_LIST_KEY, JSON.stringify(search))
  } catch {
    // Storage may be disabled: the way back then opens the default view.
  }
}

/** The remembered list view, parsed like a URL (junk falls back to defaults). */
export function lastListSearch(): SessionsSearch {
  try {
    const raw = sessionStorage.getItem(LAST_LIST_KEY)
    return raw ? sessionsSearchSchema.parse(JSON.parse(raw)) : {}
  } catch {
    return {}
  }
}
