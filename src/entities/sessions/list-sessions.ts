import { readJson, request, type BodyReader } from '../../lib/api-client.ts'
import { readNextPageToken, readTotalCount, toSearch } from '../../lib/edfi/paging.ts'
import { pickSearch, SESSION_FILTER_NAMES, type SessionCursorParams, type SessionListParams } from './session-params.ts'
import type { Session } from './session-schema.ts'
import { sessionListReader } from './session-shape.ts'

export interface SessionPage {
  items: Session[]
  total: number | undefined
}

export interface SessionCursorPage {
  items: Session[]
  nextPageToken: string | undefined
}

const FILTERS_AND_WINDOW = [...SESSION_FILTER_NAMES, 'minChangeVersion', 'maxChangeVersion'] as const

export async function listSessions(params: SessionListParams, signal?: AbortSignal): Promise<SessionPage> {
  const search = toSearch({
    ...pickSearch(params, FILTERS_AND_WINDOW),
    offset: params.offset ?? 0,
    limit: params.limit,
    totalCount: params.totalCount ?? true,
  })
  const res = await request(`ed-fi/sessions?${search}`, { signal, snapshot: params.snapshot })
  return { items: await readJson(res, sessionListReader), total: readTotalCount(res) }
}

// The ODS needs a token with pageSize, and v7.3 sends Next-Page-Token on offset pages too: the first page is read by offset.
export function listSessionsPage(params: SessionCursorParams, signal?: AbortSignal): Promise<SessionCursorPage> {
  return readCursorPage(params, sessionListReader, signal)
}

// Bodies read by `schema`: the export keeps them as sent (a session schema would drop _ext).
export async function readCursorPage<T>(
  params: SessionCursorParams,
  schema: BodyReader<T[]>,
  signal?: AbortSignal,
): Promise<{ items: T[]; nextPageToken: string | undefined }> {
  const paging =
    params.pageToken === undefined ? { offset: 0, limit: params.pageSize } : { pageToken: params.pageToken, pageSize: params.pageSize }
  const search = toSearch({ ...pickSearch(params, FILTERS_AND_WINDOW), ...paging })
  const res = await request(`ed-fi/sessions?${search}`, { signal, snapshot: params.snapshot })
  const items = await readJson(res, schema)
  // The ODS sends a token after the last page too; a short page already ends the range.
  const nextPageToken = items.length < params.pageSize ? undefined : readNextPageToken(res)
  return { items, nextPageToken }
}
