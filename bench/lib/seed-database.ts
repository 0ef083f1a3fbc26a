import { openDatabase } from '../../server/db/database.ts'
import { generateSessions, seedReferenceData } from '../../server/seed/index.ts'
import { fmt } from './load.ts'

// A fresh bench database: the reference data plus `sessions` generated sessions in one transaction.
export function seedBenchDatabase(dbPath: string, sessions: number): void {
  const started = performance.now()
  const db = openDatabase(dbPath)
  db.transaction(() => {
    seedReferenceData(db)
    generateSessions(db, sessions)
  })()
  db.close()
  console.log(`seeded in ${fmt((performance.now() - started) / 1000)} s`)
}
