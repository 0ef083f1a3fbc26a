import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { readJson, request } from '../../lib/api-client.ts'
import { readTotalCount, toSearch } from '../../lib/edfi/paging.ts'
import type { SessionKey } from './session-schema.ts'

// The course offerings that refer to a session (found by the session's key through the API): what
// blocks a delete (409) and what a key change renames along with the session (cascade).

const courseOfferingSchema = z.looseObject({
  id: z.string(),
  localCourseCode: z.string(),
  localCourseTitle: z.string().optional(),
  courseReference: z.looseObject({ courseCode: z.string() }).optional(),
})
export type CourseOffering = z.infer<typeof courseOfferingSchema>

/** How many to list in a message; the total says how many more there are. */
export const OFFERINGS_SHOWN = 25

export async function listCourseOfferingsOfSession(
  key: SessionKey,
  limit: number,
  signal?: AbortSignal,
): Promise<{ items: CourseOffering[]; total: number | undefined }> {
  const search = toSearch({
    schoolId: key.schoolId,
    schoolYear: key.schoolYear,
    sessionName: key.sessionName,
    offset: 0,
    limit,
    totalCount: true,
  })
  const res = await request(`ed-fi/courseOfferings?${search}`, { signal })
  return { items: await readJson(res, z.array(courseOfferingSchema)), total: readTotalCount(res) }
}

export const courseOfferingQueries = {
  /** limit 0: the count only (the key-change warning); otherwise the first offerings (a refused delete). */
  ofSession: (key: SessionKey, limit: number) =>
    queryOptions({
      queryKey: ['courseOfferings', 'of-session', { ...key, limit }] as const,
      queryFn: ({ signal }) => listCourseOfferingsOfSession(key, limit, signal),
      staleTime: 0,
    }),
}
