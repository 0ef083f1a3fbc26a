// `npm run snapshot`: refreshes the Use-Snapshot copy without a server, as a nightly job would
// (Ed-Fi's snapshots are a DBA's job, not the API's). Env: DB_PATH, SNAPSHOT_PATH.
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
