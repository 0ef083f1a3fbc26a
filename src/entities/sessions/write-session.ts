import { request } from '../../lib/api-client.ts'
import { ApiError } from '../../lib/api-error.ts'
import { readEtag } from '../../lib/edfi/etags.ts'
import { readLocationId } from '../../lib/edfi/location.ts'
import { sessionPath } from './get-session.ts'
import type { LockedWriteOptions, UpsertSessionOptions } from './session-params.ts'
import { toSessionBody, type SessionBody } from './session-schema.ts'

// POST and PUT answer with no body: the id comes from Location, the version from ETag.

export interface UpsertSessionResult {
  /** 200: the natural key existed and was updated. */
  created: boolean
  id: string
  etag: string
}

export interface UpdateSessionResult {
  id: string
  etag: string
}

function writeHeaders(res: Response, fallbackId?: string): { id: string; etag: string } {
  const id = readLocationId(res) ?? fallbackId
  const etag = readEtag(res)
  if (!id || !etag) throw ApiError.unexpectedBody(res, new Error('The write was answered without Location or ETag.'))
  return { id, etag }
}

export async function upsertSession(
  body: SessionBody,
  options: UpsertSessionOptions = {},
  signal?: AbortSignal,
): Promise<UpsertSessionResult> {
  const res = await request('ed-fi/sessions', { method: 'POST', json: toSessionBody(body), ifMatch: options.ifMatch, signal })
  return { created: res.status === 201, ...writeHeaders(res) }
}

export async function updateSession(
  id: string,
  body: SessionBody,
  options: LockedWriteOptions,
  signal?: AbortSignal,
): Promise<UpdateSessionResult> {
  const res = await request(sessionPath(id), { method: 'PUT', json: toSessionBody(body), ifMatch: options.ifMatch, signal })
  return writeHeaders(res, id)
}

export async function deleteSession(id: string, options: LockedWriteOptions, signal?: AbortSignal): Promise<void> {
  await request(sessionPath(id), { method: 'DELETE', ifMatch: options.ifMatch, signal })
}
