import { ApiError } from './api-error.ts'
import { CORRELATION_ID_HEADER, newCorrelationId } from './edfi/correlation-id.ts'
import { FULL_CAPABILITIES, type ServerCapabilities } from './edfi/capabilities.ts'
import { quoteEtag, unquoteEtag } from './edfi/etags.ts'

export interface ApiConnection {
  dataUrl(path: string): Promise<string>
  changeQueriesUrl(path: string): Promise<string>
  accessToken(options?: { renew?: boolean }): Promise<string>
  capabilities?(): Promise<ServerCapabilities>
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  json?: unknown
  signal?: AbortSignal
  /** Sends `Use-Snapshot: true` (reads only: the ODS answers 405 to a write that carries it). */
  snapshot?: boolean
  ifMatch?: string
  ifNoneMatch?: string
  headers?: Record<string, string>
}

/** Reads are retried on network failures and 5xx: at most 3 attempts, ~200 ms then ~600 ms apart. */
export const READ_RETRY = { attempts: 3, delaysMs: [200, 600] } as const

let active: ApiConnection | undefined

export function connectApiClient(connection: ApiConnection): void {
  active = connection
}

/** The connection requests go through, to lend to a Web Worker (delegated-connection.ts). */
export function activeConnection(): ApiConnection | undefined {
  return active
}

export function activeCapabilities(): Promise<ServerCapabilities> {
  return active?.capabilities?.() ?? Promise.resolve(FULL_CAPABILITIES)
}

export function request(path: string, options: RequestOptions = {}): Promise<Response> {
  return send((connection) => connection.dataUrl(path), options)
}

export function requestChangeQueries(path: string, options: RequestOptions = {}): Promise<Response> {
  return send((connection) => connection.changeQueriesUrl(path), options)
}

/**
 * The ODS compares If-None-Match with the bare etag as sent, without unquoting it
 * (DetectUnmodifiedEntityModel: `context.ETag == etagProvider.GetETag(...)`), and Ed-Fi's Postman
 * suites send it bare; a quoted value would never give a 304. The embedded API accepts both.
 */
export function ifNoneMatchHeader(etag: string): string {
  return unquoteEtag(etag)
}

async function send(resolveUrl: (connection: ApiConnection) => Promise<string>, options: RequestOptions): Promise<Response> {
  const { signal } = options
  signal?.throwIfAborted()
  const connection = active
  if (!connection) throw ApiError.notConnected()
  const method = options.method ?? 'GET'
  const headers = requestHeaders(options)
  const correlationId = headers.get(CORRELATION_ID_HEADER) ?? newCorrelationId()
  headers.set(CORRELATION_ID_HEADER, correlationId)
  const body = options.json === undefined ? undefined : JSON.stringify(options.json)

  const url = await untilAborted(resolveUrl(connection), signal, correlationId)
  let token = await untilAborted(connection.accessToken(), signal, correlationId)
  let renewed = false
  let failures = 0
  for (;;) {
    const attemptHeaders = new Headers(headers)
    attemptHeaders.set('Authorization', `Bearer ${token}`)
    let res: Response
    try {
      // Looked up per call so tests (and monitoring) can wrap fetch at the HTTP level.
      res = await globalThis.fetch(url, { method, headers: attemptHeaders, body, signal })
    } catch (cause) {
      if (signal?.aborted) throw signal.reason
      // A write may have been applied before the connection broke: resending it could apply it twice.
      if (method !== 'GET') throw ApiError.writeOutcomeUnknown(method, cause, correlationId)
      if (++failures >= READ_RETRY.attempts) throw ApiError.network(cause, correlationId)
      await backoff(failures, signal)
      continue
    }
    // Tokens live in the API's memory and expire after 30 minutes: one fresh token, one retry. A
    // 401 is answered before the request is handled, so this is safe for writes too.
    if (res.status === 401 && !renewed) {
      renewed = true
      await discard(res)
      token = await untilAborted(connection.accessToken({ renew: true }), signal, correlationId)
      continue
    }
    if (res.ok || res.status === 304) return res
    if (method === 'GET' && res.status >= 500 && ++failures < READ_RETRY.attempts) {
      await discard(res)
      await backoff(failures, signal)
      continue
    }
    const error = await ApiError.fromResponse(res, { correlationId })
    signal?.throwIfAborted()
    throw error
  }
}

function requestHeaders(options: RequestOptions): Headers {
  const headers = new Headers({ Accept: 'application/json' })
  if (options.json !== undefined) headers.set('Content-Type', 'application/json')
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
  if (options.snapshot) headers.set('Use-Snapshot', 'true')
  if (options.ifMatch !== undefined) headers.set('If-Match', quoteEtag(options.ifMatch))
  if (options.ifNoneMatch !== undefined) headers.set('If-None-Match', ifNoneMatchHeader(options.ifNoneMatch))
  return headers
}

async function untilAborted<T>(step: Promise<T>, signal: AbortSignal | undefined, correlationId: string): Promise<T> {
  const guarded = step.catch((cause: unknown) => {
    if (cause instanceof ApiError || isAbortError(cause)) throw cause
    throw ApiError.clientFailure(cause, correlationId)
  })
  if (!signal) return guarded
  let onAbort = () => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([guarded, aborted])
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** Exponential backoff with jitter (±25%), so clients that failed together do not retry together. */
function backoff(failures: number, signal: AbortSignal | undefined): Promise<void> {
  const base = READ_RETRY.delaysMs[Math.min(failures, READ_RETRY.delaysMs.length) - 1] ?? 0
  const ms = base * (0.75 + Math.random() * 0.5)
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined)
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError'
}

export interface BodyIssue {
  path: PropertyKey[]
  message: string
}

/** What reads a JSON body: a zod schema, or a hand-written check with the same answer shape. */
export interface BodyReader<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: BodyIssue[] } }
}

/** Parses a JSON body with a wire schema; a mismatch is an ApiError, never a raw ZodError. An abort stays an AbortError. */
export async function readJson<T>(res: Response, schema: BodyReader<T>): Promise<T> {
  let body: unknown
  try {
    body = await res.json()
  } catch (cause) {
    if (isAbortError(cause)) throw cause
    throw ApiError.unexpectedBody(res, cause)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw ApiError.unexpectedBody(res, parsed.error)
  return parsed.data
}
