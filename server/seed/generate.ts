import type { Db } from '../db/database.ts'
import { SeedWriter } from '../db/seed-writer.ts'
import { generatedSessionName, nextGeneratedSessionNumber } from '../db/seed-lookups.ts'
import { GRAND_BEND_LEA } from './reference.ts'
import { ensureSessionBodies } from '../domain/session-bodies.ts'

/** Valid, unique synthetic sessions for benchmarks and large-data demos; call inside a transaction. */
export function generateSessions(db: Db, count: number): number {
  const w = new SeedWriter(db)
  const schools = w.schoolIdsOfLea(GRAND_BEND_LEA)
  if (schools.length === 0) throw new Error('seed reference data first (no Grand Bend schools)')
  const terms = [...w.descriptorIds('TermDescriptor').values()]
  const start = nextGeneratedSessionNumber(db)
  const firstVersion = w.reserveChangeVersions(count)
  for (let i = 0; i < count; i++) {
    const n = start + i
    const schoolYear = 1991 + (n % 60)
    w.session(
      {
        // Every school gets every year: the school advances once per 60 sessions.
        schoolId: schools[Math.floor(n / 60) % schools.length]!,
        schoolYear,
        name: generatedSessionName(n),
        termDescriptorId: terms[n % terms.length]!,
        beginDate: `${schoolYear - 1}-08-${String(17 + (n % 10)).padStart(2, '0')}`,
        endDate: `${schoolYear - 1}-12-${String(10 + (n % 10)).padStart(2, '0')}`,
        days: 70 + (n % 20),
      },
      firstVersion + i,
    )
  }
  ensureSessionBodies(db)
  return count
}
