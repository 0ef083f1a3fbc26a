import { readJson, request } from '../../lib/api-client.ts'
import { ApiError } from '../../lib/api-error.ts'
import { readEtag } from '../../lib/edfi/etags.ts'
import type { GetSessionOptions } from './session-params.ts'
import { sessionSchema, type Session } from './session-schema.ts'

/** A record with the etag it was read with: the etag travels with the record into an edit. */
export interface SessionDetail {
  session: Session
  /** Bare (unquoted); send it as If-Match to save changes to this version. */
  etag: string
}

export type GetSessionResult = ({ notModified: false } & SessionDetail) | { notModified: true }

export const sessionPath = (id: string) => `ed-fi/sessions/${encodeURIComponent(id)}`

/** GET /ed-fi/sessions/{id}; with ifNoneMatch, a 304 answers `{ notModified: true }` (no body). */
export async function getSession(id: string, options: GetSessionOptions = {}, signal?: AbortSignal): Promise<GetSessionResult> {
  const res = await request(sessionPath(id), { signal, snapshot: options.snapshot, ifNoneMatch: options.ifNoneMatch })
  if (res.status === 304) return { notModified: true }
  const session = await readJson(res, sessionSchema)
  // The ETag header and the body's _etag carry the same value; the header is the HTTP contract.
  const etag = readEtag(res) ?? session._etag
  // Without one no edit could be saved safely (If-Match): the answer breaks the contract.
  if (etag === undefined) throw ApiError.unexpectedBody(res, new Error('The session came without an ETag or _etag.'))
  return { notModified: false, session, etag }
}
