import { readJson, request } from '../../lib/api-client.ts'
import { ApiError } from '../../lib/api-error.ts'
import { readEtag } from '../../lib/edfi/etags.ts'
import type { GetSessionOptions } from './session-params.ts'
import { sessionSchema, type Session } from './session-schema.ts'

export interface SessionDetail {
  session: Session
  /** Bare (unquoted): send it as If-Match. */
  etag: string
}

export type GetSessionResult = ({ notModified: false } & SessionDetail) | { notModified: true }

export const sessionPath = (id: string) => `ed-fi/sessions/${encodeURIComponent(id)}`

/** With ifNoneMatch, a 304 answers `{ notModified: true }`. */
export async function getSession(id: string, options: GetSessionOptions = {}, signal?: AbortSignal): Promise<GetSessionResult> {
  const res = await request(sessionPath(id), { signal, snapshot: options.snapshot, ifNoneMatch: options.ifNoneMatch })
  if (res.status === 304) return { notModified: true }
  const session = await readJson(res, sessionSchema)
  const etag = readEtag(res) ?? session._etag
  if (etag === undefined) throw ApiError.unexpectedBody(res, new Error('The session came without an ETag or _etag.'))
  return { notModified: false, session, etag }
}
