import type { z } from 'zod'
import { readJson, request } from '../../lib/api-client.ts'
import { toSearch } from '../../lib/edfi/paging.ts'
import { pickSearch, SESSION_FILTER_NAMES, type ChangeVersionWindow, type SessionFilters } from './session-params.ts'

// For servers without /partitions and cursors (before 7.3, API 8.0): a token ("o:500:1000") names an
// offset range, so retries and resuming work as with cursors. Over live data, rows may shift between pages.

const FILTERS_AND_WINDOW = [...SESSION_FILTER_NAMES, 'minChangeVersion', 'maxChangeVersion'] as const

export function offsetToken(offset: number, end: number | undefined): string {
  return `o:${offset}:${end ?? ''}`
}

function parseToken(token: string): { offset: number; end: number | undefined } {
  const [, offset, end] = /^o:(\d+):(\d*)$/.exec(token) ?? []
  if (offset === undefined) throw new Error(`not an offset token: ${token}`)
  return { offset: Number(offset), end: end ? Number(end) : undefined }
}

/** The last range is open-ended so rows added meanwhile are read too. */
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

export type WalkPageReader = <T>(
  source: OffsetPageSource,
  token: string,
  pageSize: number,
  schema: z.ZodType<T[]>,
  signal?: AbortSignal,
) => Promise<{ items: T[]; nextToken: string | undefined }>

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
