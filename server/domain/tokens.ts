import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { ApiClient } from './clients.ts'

export interface IssuedToken {
  accessToken: string
  expiresIn: number
}

interface TokenEntry {
  client: ApiClient
  expiresAt: number
}

export const MAX_LIVE_TOKENS_PER_CLIENT = 100

const digest = (text: string) => createHash('sha256').update(text).digest()

/** Compares secrets in constant time (equal-length digests), so timing tells nothing about a secret. */
export function secretsMatch(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given))
}

/** In memory: a restart means a 401 and a new token, the renewal path every ODS/API client needs anyway. */
export class TokenStore {
  private readonly tokens = new Map<string, TokenEntry>()
  private readonly lifetimeSeconds: number
  private readonly now: () => number

  constructor(lifetimeSeconds = 1800, now: () => number = Date.now) {
    this.lifetimeSeconds = lifetimeSeconds
    this.now = now
  }

  issue(client: ApiClient): IssuedToken {
    this.sweep()
    const own = [...this.tokens].filter(([, entry]) => entry.client.key === client.key)
    for (const [token] of own.slice(0, Math.max(0, own.length - MAX_LIVE_TOKENS_PER_CLIENT + 1))) this.tokens.delete(token)
    const accessToken = randomBytes(16).toString('hex')
    this.tokens.set(accessToken, { client, expiresAt: this.now() + this.lifetimeSeconds * 1000 })
    return { accessToken, expiresIn: this.lifetimeSeconds }
  }

  verify(accessToken: string): ApiClient | undefined {
    const entry = this.tokens.get(accessToken)
    if (!entry) return undefined
    if (entry.expiresAt <= this.now()) {
      this.tokens.delete(accessToken)
      return undefined
    }
    return entry.client
  }

  expireAll(): void {
    for (const entry of this.tokens.values()) entry.expiresAt = 0
  }

  private sweep(): void {
    const now = this.now()
    for (const [token, entry] of this.tokens) if (entry.expiresAt <= now) this.tokens.delete(token)
  }
}
