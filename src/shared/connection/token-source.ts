import { z } from 'zod'
import type { ApiError } from '../../lib/api-error.ts'
import { sendConnectionRequest } from './connection-fetch.ts'
import { badCredentials, notEdFi, secretMissing, serverError, tokenRefused } from './connection-problems.ts'

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).optional(),
  token_type: z.string().optional(),
})

const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() })

// Renew a little before the server's deadline so a request never leaves with a dying token
// (at most half the lifetime, for servers that hand out very short-lived tokens).
export const EXPIRY_MARGIN_MS = 60_000
const DEFAULT_LIFETIME_S = 1800
// After a 401 every request in a burst asks for a renewal; a token this young was issued for that
// burst already, so it is handed out again instead of asking for yet another one.
const RENEW_GRACE_MS = 5_000

export interface TokenStatus {
  state: 'none' | 'requesting' | 'valid' | 'failed'
  obtainedAt?: number
  expiresAt?: number
  renewsAt?: number
  error?: ApiError
}

export interface TokenSource {
  get(options?: { renew?: boolean }): Promise<string>
  status(): TokenStatus
  subscribe(listener: () => void): () => void
}

export interface TokenSourceOptions {
  tokenUrl: () => Promise<string>
  clientKey: string
  clientSecret: string
  now?: () => number
}

/** RFC 7617 Basic credentials, UTF-8 encoded (btoa alone fails outside Latin-1). */
function basicAuthorization(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

async function readOAuthError(res: Response): Promise<z.infer<typeof oauthErrorSchema> | undefined> {
  try {
    const parsed = oauthErrorSchema.safeParse(await res.json())
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

async function tokenFailure(url: string, res: Response): Promise<ApiError> {
  if (res.status >= 500) return serverError(url, res.status)
  const oauth = await readOAuthError(res)
  if (oauth?.error === 'invalid_client' || (res.status === 401 && (!oauth || oauth.error === 'invalid_request'))) {
    return badCredentials(url, res.status)
  }
  if (oauth) return tokenRefused(url, res.status, oauth.error_description ?? oauth.error)
  return notEdFi(url, res.status, `the OAuth URL it lists answered ${res.status} instead of issuing a token`)
}

/**
 * OAuth 2 client credentials as the ODS/API expects them: HTTP Basic with the key and secret and a
 * form body `grant_type=client_credentials` (never the secret in a URL or a log). Tokens are cached
 * in memory, and Ed-Fi limits how many a client may hold at once, so concurrent callers share one
 * in-flight token request instead of each asking.
 */
export function createTokenSource({ tokenUrl, clientKey, clientSecret, now = Date.now }: TokenSourceOptions): TokenSource {
  let cached: { token: string; obtainedAt: number; renewsAt: number } | undefined
  let inFlight: Promise<string> | undefined
  let status: TokenStatus = { state: 'none' }
  const listeners = new Set<() => void>()
  const setStatus = (next: TokenStatus) => {
    status = next
    listeners.forEach((listener) => listener())
  }

  async function fetchToken(): Promise<string> {
    if (!clientSecret) throw secretMissing()
    const url = await tokenUrl()
    const res = await sendConnectionRequest(url, {
      method: 'POST',
      headers: {
        Authorization: basicAuthorization(clientKey, clientSecret),
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
    })
    if (!res.ok) throw await tokenFailure(url, res)
    let body: z.infer<typeof tokenResponseSchema>
    try {
      body = tokenResponseSchema.parse(await res.json())
    } catch {
      throw notEdFi(url, res.status, 'the OAuth URL it lists answered without an access_token')
    }
    const obtainedAt = now()
    const lifetimeMs = (body.expires_in ?? DEFAULT_LIFETIME_S) * 1000
    const renewsAt = obtainedAt + lifetimeMs - Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2)
    cached = { token: body.access_token, obtainedAt, renewsAt }
    setStatus({ state: 'valid', obtainedAt, expiresAt: obtainedAt + lifetimeMs, renewsAt })
    return body.access_token
  }

  return {
    get({ renew = false } = {}) {
      if (renew && cached && now() - cached.obtainedAt >= RENEW_GRACE_MS) cached = undefined
      if (cached && cached.renewsAt > now()) return Promise.resolve(cached.token)
      if (!inFlight) {
        setStatus({ ...status, state: 'requesting', error: undefined })
        inFlight = fetchToken()
          .catch((error: ApiError) => {
            cached = undefined
            setStatus({ state: 'failed', error })
            throw error
          })
          .finally(() => {
            inFlight = undefined
          })
      }
      return inFlight
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
