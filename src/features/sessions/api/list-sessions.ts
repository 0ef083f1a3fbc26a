import { readJson, request } from '../../../lib/api-client.ts'
import { readTotalCount, toSearch } from '../../../lib/edfi/paging.ts'
import { sessionListSchema, type Session } from './session-schema.ts'

export interface SessionListParams {
  offset: number
  /** Always sent: without it the API returns up to 500 rows. */
  limit: number
}

export interface SessionPage {
  items: Session[]
  /** From Total-Count; undefined if the server did not send it. */
  total: number | undefined
}

export async function listSessions(params: SessionListParams, signal?: AbortSignal): Promise<SessionPage> {
  // totalCount=true is what makes the API send Total-Count (allowed with offset paging only).
  const search = toSearch({ offset: params.offset, limit: params.limit, totalCount: true })
  const res = await request(`ed-fi/sessions?${search}`, { signal })
  return { items: await readJson(res, sessionListSchema), total: readTotalCount(res) }
}
