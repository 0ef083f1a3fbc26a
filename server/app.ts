import Fastify, { type FastifyInstance } from 'fastify'
import { existsSync } from 'node:fs'
import { openDatabase } from './db/database.ts'
import { startGroupCommit } from './db/group-commit.ts'
import { SnapshotStore } from './db/snapshot.ts'
import { ensureSessionBodies } from './domain/session-bodies.ts'
import { loadClients, type ApiClient } from './domain/clients.ts'
import { TokenStore } from './domain/tokens.ts'
import type { AppContext } from './context.ts'
import { registerErrorHandling } from './routes/errors.ts'
import { DEV_SERVER_ORIGINS, registerCors } from './routes/cors.ts'
import { registerBodyParsers } from './routes/body-parsers.ts'
import { registerBearerAuth } from './routes/bearer-auth.ts'
import { discoveryRoutes } from './routes/discovery.ts'
import { healthRoutes } from './routes/health.ts'
import { oauthRoutes } from './routes/oauth.ts'
import { metadataRoutes } from './routes/metadata.ts'
import { sessionRoutes } from './routes/sessions.ts'
import { sessionChangeRoutes } from './routes/session-changes.ts'
import { changeQueryRoutes } from './routes/change-queries.ts'
import { lookupRoutes } from './routes/lookups.ts'
import { courseOfferingRoutes } from './routes/course-offerings.ts'
import { adminRoutes } from './routes/admin.ts'
import { registerStaticSpa } from './routes/static-spa.ts'
import { registerFaultInjection } from './routes/faults.ts'
import { registerSnapshotWriteRefusal } from './routes/snapshot-writes.ts'
import { registerResponseHeaders } from './routes/response-headers.ts'
import { registerDurableWrites } from './routes/durable-writes.ts'
import { registerProfileHooks } from './profiles/profile-hooks.ts'
import { profileRoutes } from './profiles/profile-routes.ts'
import { DEFAULT_PROFILE, type ServerProfile } from './profiles/server-profile.ts'

export interface ServerOptions {
  dbPath: string
  clients?: ApiClient[]
  clientsFile?: string
  snapshots?: boolean
  snapshotPath?: string
  changeQueries?: boolean
  pageCache?: boolean
  tokenLifetimeSeconds?: number
  staticDir?: string
  latencyMs?: number
  logger?: boolean
  corsOrigins?: string[]
  loopbackOnly?: boolean
  /** Test-only: POST /api/__faults queues 503s, dropped connections and delays (never on in npm start). */
  faultInjection?: boolean
  profile?: ServerProfile
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: 1024 * 1024,
    // Ed-Fi routes are case-insensitive (ASP.NET): /ed-fi/Sessions works like /ed-fi/sessions.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
  })

  const db = openDatabase(options.dbPath)
  ensureSessionBodies(db)
  const snapshotsOn = options.snapshots ?? true
  const snapshots = snapshotsOn ? new SnapshotStore(db, options.snapshotPath ?? `${options.dbPath}.snapshot`) : undefined
  const ctx: AppContext = {
    db,
    snapshots,
    tokens: new TokenStore(options.tokenLifetimeSeconds ?? 1800),
    clients: options.clients ?? loadClients(options.clientsFile),
    changeQueriesEnabled: options.changeQueries ?? true,
    pageCacheEnabled: options.pageCache ?? true,
    profile: options.profile ?? DEFAULT_PROFILE,
  }
  app.decorate('ctx', ctx)
  app.addHook('onClose', async () => {
    snapshots?.close()
    db.close()
  })

  registerErrorHandling(app)
  registerCors(app, { corsOrigins: [...DEV_SERVER_ORIGINS, ...(options.corsOrigins ?? [])], loopbackOnly: options.loopbackOnly ?? true })
  registerBodyParsers(app)
  registerProfileHooks(app, ctx.profile)
  const routes = profileRoutes(ctx.profile)
  registerSnapshotWriteRefusal(app)
  registerResponseHeaders(app)
  registerDurableWrites(app, startGroupCommit(db, options.dbPath))
  if (options.faultInjection) registerFaultInjection(app)
  if (options.latencyMs) {
    const delay = options.latencyMs
    app.addHook('onRequest', async (request) => {
      if (request.url.startsWith('/api')) await new Promise((resolve) => setTimeout(resolve, delay))
    })
  }

  await app.register(
    async (api) => {
      await api.register(discoveryRoutes)
      await api.register(healthRoutes)
      await api.register(oauthRoutes, { prefix: routes.oauth })
      await api.register(metadataRoutes)
      await api.register(async (secured) => {
        registerBearerAuth(secured)
        await secured.register(sessionChangeRoutes, { prefix: `${routes.data}/ed-fi/sessions` })
        await secured.register(sessionRoutes, { prefix: `${routes.data}/ed-fi/sessions` })
        await secured.register(lookupRoutes, { prefix: `${routes.data}/ed-fi` })
        await secured.register(courseOfferingRoutes, { prefix: `${routes.data}/ed-fi/courseOfferings` })
        await secured.register(changeQueryRoutes, { prefix: routes.changeQueries })
        await secured.register(adminRoutes, { prefix: '/admin' })
      })
    },
    { prefix: '/api' },
  )

  if (options.staticDir && existsSync(options.staticDir)) await registerStaticSpa(app, options.staticDir)
  return app
}
