import { readJson, request, type BodyReader } from '../../lib/api-client.ts'
import { readNextPageToken, readTotalCount, toSearch } from '../../lib/edfi/paging.ts'
import { pickSearch, SESSION_FILTER_NAMES, type SessionCursorParams, type SessionListParams } from './session-params.ts'
import type { Session } from './session-schema.ts'
import { sessionListReader } from './session-shape.ts'

export interface SessionPage {
  items: Session[]
  /** From Total-Count; undefined when not asked for (totalCount: false) or not sent. */
  total: number | undefined
}

export interface SessionCursorPage {
  items: Session[]
  /** The token of the next page; undefined when this page ended the walk. */
  nextPageToken: string | undefined
}

const FILTERS_AND_WINDOW = [...SESSION_FILTER_NAMES, 'minChangeVersion', 'maxChangeVersion'] as const

/** One offset page (GET /ed-fi/sessions?offset&limit), with the total by default. */
export async function listSessions(params: SessionListParams, signal?: AbortSignal): Promise<SessionPage> {
  const search = toSearch({
    ...pickSearch(params, FILTERS_AND_WINDOW),
    offset: params.offset ?? 0,
    limit: params.limit,
    // Total-Count is only sent when totalCount=true (allowed with offset paging only).
    totalCount: params.totalCount ?? true,
  })
  const res = await request(`ed-fi/sessions?${search}`, { signal, snapshot: params.snapshot })
  return { items: await readJson(res, sessionListReader), total: readTotalCount(res) }
}

/**
 * One cursor page (GET /ed-fi/sessions?pageToken&pageSize). Without a token, the first page is
 * read with offset=0&limit=pageSize: the ODS requires a token with pageSize, and v7.3 sends
 * Next-Page-Token on offset pages too (Postman "Limit > 0 includes Next-Page-Token header"), so its
 * header starts the walk. Cursor pages never repeat or skip rows when others write meanwhile.
 */
export function listSessionsPage(params: SessionCursorParams, signal?: AbortSignal): Promise<SessionCursorPage> {
  return readCursorPage(params, sessionListReader, signal)
}

/**
 * listSessionsPage with the bodies read by `schema`: the export keeps them exactly as the API sent
 * them (a session schema would drop members it does not know, such as _ext).
 */
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
  // The ODS sends a token after every non-empty page, the last one included; a short page already
  // shows that the range is exhausted, which saves the empty request that would confirm it.
  const nextPageToken = items.length < params.pageSize ? undefined : readNextPageToken(res)
  return { items, nextPageToken }
}
