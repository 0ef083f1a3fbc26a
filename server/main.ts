// CLI entry of the embedded Ed-Fi API: `npm start` runs this after building the SPA.
// Env: PORT (8765), HOST (127.0.0.1), DB_PATH (.data/edfi.sqlite), CLIENTS_FILE, SNAPSHOTS=off, PAGE_CACHE=off, FAULTS=on (tests only),
// EDFI_PROFILE=6.2|7.1|7.2|7.3|8, ROUTES=year-specific, ROUTE_YEAR, CHANGE_QUERIES=off,
// LATENCY_MS (added per-request delay), STATIC_DIR (dist; 'none' = API only), LOG=1 for request logs.
import { fileURLToPath } from 'node:url'
import { buildServer } from './app.ts'
import { isEmpty } from './db/database.ts'
import { seedDemoData } from './seed/index.ts'
import { profileFromEnv } from './profiles/server-profile.ts'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const port = Number(process.env.PORT ?? 8765)
const host = process.env.HOST ?? '127.0.0.1'
const dbPath = process.env.DB_PATH ?? `${projectRoot}.data/edfi.sqlite`

const app = await buildServer({
  dbPath,
  clientsFile: process.env.CLIENTS_FILE,
  snapshots: process.env.SNAPSHOTS !== 'off',
  pageCache: process.env.PAGE_CACHE !== 'off',
  faultInjection: process.env.FAULTS === 'on',
  latencyMs: process.env.LATENCY_MS ? Number(process.env.LATENCY_MS) : undefined,
  staticDir: process.env.STATIC_DIR === 'none' ? undefined : (process.env.STATIC_DIR ?? `${projectRoot}dist`),
  logger: process.env.LOG === '1',
  profile: profileFromEnv(process.env),
  changeQueries: process.env.CHANGE_QUERIES !== 'off',
})

if (isEmpty(app.ctx.db)) {
  const started = performance.now()
  app.ctx.db.transaction(() => seedDemoData(app.ctx.db))()
  console.log(`Seeded Grand Bend demo data into ${dbPath} in ${Math.round(performance.now() - started)} ms`)
}
app.ctx.snapshots?.ensure()

let closing = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    // Graceful first (in-flight requests finish, the database closes cleanly); a client holding a
    // connection open must not keep the process alive, so after 2 s the sockets are cut. Every
    // write is one SQLite transaction, so cutting never leaves half a write.
    setTimeout(() => app.server.closeAllConnections(), 2000).unref()
    void app.close().then(() => process.exit(0))
  })
}

await app.listen({ port, host })
const address = `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${port}`
console.log(`Ed-Fi Sessions Steward: ${address}/   Ed-Fi API root: ${address}/api   database: ${dbPath}`)
