import { z } from 'zod'
import { fetchPublic, readJson } from '../../lib/api-client.ts'

const tokenResponseSchema = z.object({
  access_token: z.string(),
  expires_in: z.number().optional(),
  token_type: z.string().optional(),
})

// Renew a little before the server's deadline so a request never leaves with a dying token.
const EXPIRY_MARGIN_MS = 60_000
// Ed-Fi's default lifetime, for servers that leave expires_in out.
const DEFAULT_LIFETIME_S = 1800

export interface TokenSource {
  get(options?: { renew?: boolean }): Promise<string>
}

/**
 * OAuth 2 client credentials with an in-memory cache. Ed-Fi limits how many tokens a client may
 * hold at once, so concurrent requests share one in-flight token request instead of each asking.
 */
export function createTokenSource(tokenUrl: () => Promise<string>, clientId: string, clientSecret: string): TokenSource {
  let cached: { token: string; expiresAt: number } | undefined
  let inFlight: Promise<string> | undefined

  async function fetchToken(): Promise<string> {
    const res = await fetchPublic(await tokenUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    })
    const body = await readJson(res, tokenResponseSchema)
    const lifetimeMs = (body.expires_in ?? DEFAULT_LIFETIME_S) * 1000
    cached = { token: body.access_token, expiresAt: Date.now() + Math.max(lifetimeMs - EXPIRY_MARGIN_MS, 0) }
    return body.access_token
  }

  return {
    get({ renew = false } = {}) {
      if (renew) cached = undefined
      if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.token)
      inFlight ??= fetchToken().finally(() => {
        inFlight = undefined
      })
      return inFlight
    },
  }
}
