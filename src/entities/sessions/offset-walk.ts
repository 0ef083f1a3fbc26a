import type { z } from 'zod'
import { readJson, request } from '../../lib/api-client.ts'
import { toSearch } from '../../lib/edfi/paging.ts'
import { pickSearch, SESSION_FILTER_NAMES, type ChangeVersionWindow, type SessionFilters } from './session-params.ts'

// Whole-set reading on servers without /partitions and cursor paging (ODS/API before 7.3, Ed-Fi
// API 8.0): numbered pages (offset/limit) handed to the same partition runner as cursor tokens.
// A "token" names the next offset and where its range ends ("o:500:1000"; open-ended "o:500:"),
// so progress, retries and resuming work exactly as with cursors. Over a snapshot the ranges are
// read in parallel (the rows hold still); over live data one range is read in order, and rows
// written meanwhile may shift between pages: callers say so.

const FILTERS_AND_WINDOW = [...SESSION_FILTER_NAMES, 'minChangeVersion', 'maxChangeVersion'] as const

export function offsetToken(offset: number, end: number | undefined): string {
  return `o:${offset}:${end ?? ''}`
}

function parseToken(token: string): { offset: number; end: number | undefined } {
  const [, offset, end] = /^o:(\d+):(\d*)$/.exec(token) ?? []
  if (offset === undefined) throw new Error(`not an offset token: ${token}`)
  return { offset: Number(offset), end: end ? Number(end) : undefined }
}

/** K contiguous ranges over the counted rows; the last is open-ended so rows added meanwhile are read too. */
export function offsetTokens(expectedRows: number, partitions: number, pageSize: number): string[] {
  const k = Math.max(1, Math.min(partitions, Math.ceil(expectedRows / pageSize)))
  const pagesEach = Math.ceil(Math.ceil(expectedRows / pageSize) / k)
  return Array.from({ length: k }, (_, i) =>
    offsetToken(i * pagesEach * pageSize, i === k - 1 ? undefined : (i + 1) * pagesEach * pageSize),
  )
}

export interface OffsetPageSource {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
  snapshot: boolean
}

/** Reads the page a token names; `nextToken` is undefined once the walk's range ends. */
export type WalkPageReader = <T>(
  source: OffsetPageSource,
  token: string,
  pageSize: number,
  schema: z.ZodType<T[]>,
  signal?: AbortSignal,
) => Promise<{ items: T[]; nextToken: string | undefined }>

/** One numbered page of a range; `nextToken` is undefined once the range (or the whole set) ends. */
export const readOffsetPage: WalkPageReader = async (source, token, pageSize, schema, signal) => {
  const { offset, end } = parseToken(token)
  const limit = end === undefined ? pageSize : Math.min(pageSize, end - offset)
  const search = toSearch({ ...pickSearch({ ...source.filters, ...source.changeWindow }, FILTERS_AND_WINDOW), offset, limit })
  const res = await request(`ed-fi/sessions?${search}`, { signal, snapshot: source.snapshot })
  const items = await readJson(res, schema)
  const next = offset + limit
  const more = items.length === limit && (end === undefined || next < end)
  return { items, nextToken: more ? offsetToken(next, end) : undefined }
}
