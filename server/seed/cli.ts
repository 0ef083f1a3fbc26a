// npm run seed -- --sessions 100000 [--db path]: add generated sessions to a database (seeding
// Grand Bend demo data first when it is empty). Stop the server first, or restart it afterwards.
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { isEmpty, openDatabase } from '../db/database.ts'
import { countSessions } from '../db/seed-lookups.ts'
import { generateSessions, seedDemoData } from './index.ts'

const { values } = parseArgs({ options: { sessions: { type: 'string', default: '0' }, db: { type: 'string' } } })
const count = Number(values.sessions)
if (!Number.isSafeInteger(count) || count < 0) {
  console.error('--sessions takes a whole number, e.g. npm run seed -- --sessions 100000')
  process.exit(2)
}
const dbPath = values.db ?? process.env.DB_PATH ?? fileURLToPath(new URL('../../.data/edfi.sqlite', import.meta.url))
const db = openDatabase(dbPath)
const started = performance.now()
db.transaction(() => {
  if (isEmpty(db)) seedDemoData(db)
  generateSessions(db, count)
})()
const total = countSessions(db)
db.close()
const ms = Math.round(performance.now() - started)
console.log(`${dbPath}: added ${count.toLocaleString('en-US')} sessions in ${ms} ms (${total.toLocaleString('en-US')} in all)`)
