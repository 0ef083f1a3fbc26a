import type { QueryClient } from '@tanstack/react-query'
import { currentSchoolYearOf, localToday, schoolYearContaining } from '../entities/lookups/current-school-year.ts'
import { lookupQueries } from '../entities/lookups/lookup-queries.ts'
import { hasNarrowing, type SessionsSearch } from '../entities/sessions/sessions-search.ts'
import { readStoredSnapshotMode } from '../shared/snapshot/snapshot-mode.tsx'

/** If the year list cannot be read, the year containing today stands in: the grid never waits on a failing lookup. */
export async function withCurrentSchoolYear(client: QueryClient, search: SessionsSearch): Promise<SessionsSearch | undefined> {
  if (search.allYears || hasNarrowing(search)) return undefined
  let schoolYear: number
  try {
    schoolYear = currentSchoolYearOf(await client.ensureQueryData(lookupQueries.schoolYears({ snapshot: readStoredSnapshotMode() })))
  } catch {
    schoolYear = schoolYearContaining(localToday())
  }
  return { ...search, schoolYear }
}
