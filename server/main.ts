import { fileURLToPath } from 'node:url'
import { buildServer } from './app.ts'
import { isEmpty } from './db/database.ts'
import { storageFailure } from './domain/storage-problems.ts'
import { seedDemoData } from './seed/index.ts'
import { bindBanner, isLoopbackHost } from './bind-banner.ts'
import { profileFromEnv } from './profiles/server-profile.ts'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const port = Number(process.env.PORT ?? 8765)
const host = process.env.HOST ?? '127.0.0.1'
const dbPath = process.env.DB_PATH ?? `${projectRoot}.data/edfi.sqlite`

function exitOnStorageFailure(error: unknown): never {
  const code = (error as { code?: string }).code
  const known = storageFailure(code) ?? (code === 'EACCES' || code === 'EROFS' ? 'The database folder is not writable.' : undefined)
  if (!known) throw error
  console.error(`Cannot use the database at ${dbPath}: ${known.replace(/; nothing was saved\.?.*$/, '.')} (${code})`)
  console.error('Check the file and folder permissions and free disk space, or set DB_PATH to another file.')
  process.exit(1)
}

const app = await buildServer({
  dbPath,
  clientsFile: process.env.CLIENTS_FILE,
  snapshots: process.env.SNAPSHOTS !== 'off',
  pageCache: process.env.PAGE_CACHE !== 'off',
  faultInjection: process.env.FAULTS === 'on',
  corsOrigins: process.env.CORS_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
  loopbackOnly: isLoopbackHost(host),
  latencyMs: process.env.LATENCY_MS ? Number(process.env.LATENCY_MS) : undefined,
  staticDir: process.env.STATIC_DIR === 'none' ? undefined : (process.env.STATIC_DIR ?? `${projectRoot}dist`),
  logger: process.env.LOG === '1',
  profile: profileFromEnv(process.env),
  changeQueries: process.env.CHANGE_QUERIES !== 'off',
}).catch(exitOnStorageFailure)

try {
  if (isEmpty(app.ctx.db)) {
    const started = performance.now()
    app.ctx.db.transaction(() => seedDemoData(app.ctx.db))()
    console.log(`Seeded Grand Bend demo data into ${dbPath} in ${Math.round(performance.now() - started)} ms`)
  }
  app.ctx.snapshots?.ensure()
} catch (error) {
  exitOnStorageFailure(error)
}

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    // In-flight requests finish first; a client holding a connection open cannot keep the process
    // alive past 2 s. Every write is one transaction, so cutting never leaves half a write.
    setTimeout(() => app.server.closeAllConnections(), 2000).unref()
    void app.close().then(() => process.exit(0))
  })
}

await app.listen({ port, host })
for (const line of bindBanner(app.server.address(), dbPath)) console.log(line)
