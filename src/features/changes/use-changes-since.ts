import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'

const counts = (min: number, max: number, snapshot: boolean) => ({
  minChangeVersion: min,
  maxChangeVersion: max,
  limit: 0,
  totalCount: true,
  snapshot,
})

/**
 * How many session changes lie in [after + 1, newest]: sessions whose latest change is there, plus
 * deletes and key changes, each a count-only request (totalCount=true with limit=0, or 1 where the API needs one). A session changed
 * twice counts once, as Ed-Fi reports only its latest version.
 */
export function useChangesSince(after: number | undefined, newest: number | undefined, snapshot: boolean) {
  const enabled = after !== undefined && newest !== undefined && after < newest
  const min = (after ?? 0) + 1
  const max = newest ?? 0
  const upserts = useQuery({ ...sessionQueries.list(counts(min, max, snapshot)), enabled })
  // /deletes and /keyChanges take a limit of 1 to 500 (ODS/API 7.3): one row, the same Total-Count.
  const deletes = useQuery({ ...sessionQueries.deletes({ ...counts(min, max, snapshot), limit: 1 }), enabled })
  const keyChanges = useQuery({ ...sessionQueries.keyChanges({ ...counts(min, max, snapshot), limit: 1 }), enabled })
  const all = [upserts, deletes, keyChanges]
  if (!enabled) return { count: after !== undefined && newest !== undefined ? 0 : undefined, error: undefined }
  if (all.some((q) => q.data === undefined)) return { count: undefined, error: all.find((q) => q.isError)?.error }
  return { count: all.reduce((sum, q) => sum + (q.data?.total ?? 0), 0), error: undefined }
}
