import type { z } from 'zod'
import { ApiError } from './api-error.ts'

/**
 * What the network door needs from a connection (features/connection builds one): where a data
 * path lives and a bearer token. Kept as an interface so lib/ never imports a feature.
 */
export interface ApiConnection {
  /** Absolute URL of a data-management path such as `ed-fi/sessions?limit=25`. */
  dataUrl(path: string): Promise<string>
  /** Absolute URL of a change-queries path such as `availableChangeVersions`. */
  changeQueriesUrl(path: string): Promise<string>
  /** A bearer token; `renew` drops the cached one (after a 401, e.g. the server restarted). */
  accessToken(options?: { renew?: boolean }): Promise<string>
}

let active: ApiConnection | undefined

/** The app connects once at start-up (and again when the user picks another API root). */
export function connectApiClient(connection: ApiConnection): void {
  active = connection
}

/** fetch with network failures turned into ApiError; aborts stay AbortErrors for React Query. */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw ApiError.network(cause)
  }
}

/** Unauthenticated calls (discovery document, token endpoint). Throws ApiError unless 2xx. */
export async function fetchPublic(url: string, init: RequestInit = {}): Promise<Response> {
  const res = await send(url, init)
  if (!res.ok) throw await ApiError.fromResponse(res)
  return res
}

/** A data-management request with a bearer token. Throws ApiError unless 2xx or 304. */
export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  if (!active) throw new Error('connectApiClient() must run before the first request')
  const connection = active
  const url = await connection.dataUrl(path)
  const withToken = (token: string): RequestInit => {
    const headers = new Headers(init.headers)
    headers.set('Authorization', `Bearer ${token}`)
    headers.set('Accept', 'application/json')
    return { ...init, headers }
  }
  let res = await send(url, withToken(await connection.accessToken()))
  // Tokens live in the API's memory and expire after 30 minutes: one fresh token, one retry.
  if (res.status === 401) res = await send(url, withToken(await connection.accessToken({ renew: true })))
  if (!res.ok && res.status !== 304) throw await ApiError.fromResponse(res)
  return res
}

/** Parses a JSON body with a wire schema; a mismatch is an ApiError, never a raw ZodError. */
export async function readJson<T>(res: Response, schema: z.ZodType<T>): Promise<T> {
  let body: unknown
  try {
    body = await res.json()
  } catch (cause) {
    throw ApiError.unexpectedBody(res, cause)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw ApiError.unexpectedBody(res, parsed.error)
  return parsed.data
}
