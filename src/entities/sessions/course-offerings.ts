import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { readJson, request } from '../../lib/api-client.ts'
import { readTotalCount, toSearch } from '../../lib/edfi/paging.ts'
import type { SessionKey } from './session-schema.ts'

const courseOfferingSchema = z.looseObject({
  id: z.string(),
  localCourseCode: z.string(),
  localCourseTitle: z.string().optional(),
  courseReference: z.looseObject({ courseCode: z.string() }).optional(),
})
export type CourseOffering = z.infer<typeof courseOfferingSchema>

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
  /** limit 0: the count only. */
  ofSession: (key: SessionKey, limit: number) =>
    queryOptions({
      queryKey: ['courseOfferings', 'of-session', { ...key, limit }] as const,
      queryFn: ({ signal }) => listCourseOfferingsOfSession(key, limit, signal),
      staleTime: 0,
    }),
}
