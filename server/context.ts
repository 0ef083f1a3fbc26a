import type { FastifyRequest } from 'fastify'
import type { Db } from './db/database.ts'
import type { SnapshotStore } from './db/snapshot.ts'
import type { ApiClient } from './domain/clients.ts'
import type { TokenStore } from './domain/tokens.ts'
import { problems } from './domain/problem.ts'
import type { ServerProfile } from './profiles/server-profile.ts'

export interface AppContext {
  db: Db
  snapshots: SnapshotStore | undefined
  tokens: TokenStore
  clients: ApiClient[]
  changeQueriesEnabled: boolean
  /** Reuse serialized collection pages until the next write (off only to measure the uncached cost). */
  pageCacheEnabled: boolean
  profile: ServerProfile
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext
  }
}

export function wantsSnapshot(request: FastifyRequest): boolean {
  const value = request.headers['use-snapshot']
  return typeof value === 'string' && value.trim().toLowerCase() === 'true'
}

export function readDb(ctx: AppContext, request: FastifyRequest): Db {
  if (!wantsSnapshot(request)) return ctx.db
  const snapshot = ctx.snapshots?.get()
  if (!snapshot) throw problems.snapshotNotFound()
  return snapshot
}
