// `npm run snapshot`: refreshes the Use-Snapshot copy of the ODS without a running server, e.g.
// from a nightly job (Ed-Fi's snapshots are taken by the DBA, not through the API).
// Env: DB_PATH (default .data/edfi.sqlite), SNAPSHOT_PATH (default <DB_PATH>.snapshot, as buildServer).
// A running server keeps the snapshot it opened until it refreshes it (POST /api/admin/snapshot) or restarts.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { currentChangeVersion, openDatabase } from './db/database.ts'
import { SnapshotStore } from './db/snapshot.ts'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
const dbPath = process.env.DB_PATH ?? `${projectRoot}.data/edfi.sqlite`
const snapshotPath = process.env.SNAPSHOT_PATH ?? `${dbPath}.snapshot`

if (!existsSync(dbPath)) {
  console.error(`No ODS database at ${dbPath}: start the server once (npm start) or set DB_PATH.`)
  process.exit(1)
}

const db = openDatabase(dbPath)
const store = new SnapshotStore(db, snapshotPath)
try {
  const { takenAt } = store.refresh()
  const newest = currentChangeVersion(store.get()!)
  console.log(`Snapshot of ${dbPath} written to ${snapshotPath} at ${takenAt} (newest change version ${newest}).`)
} finally {
  store.close()
  db.close()
}
