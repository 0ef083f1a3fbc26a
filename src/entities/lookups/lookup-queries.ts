import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query'
import {
  academicWeeksOfYear,
  listAcademicWeeks,
  listGradingPeriodDescriptors,
  listGradingPeriods,
  listSchoolYearTypes,
  listSchools,
  listTermDescriptors,
  type LookupReadOptions,
} from './list-lookups.ts'

// Reference data changes rarely and a picker must open instantly: read once, keep for 10 minutes.
const REFERENCE_STALE_MS = 10 * 60_000

export interface SchoolYearParams extends LookupReadOptions {
  schoolId: number | undefined
  schoolYear: number | undefined
}

const opts = (options: LookupReadOptions) => ({ snapshot: options.snapshot ?? false })

function referenceList<T>(name: string, list: (options: { snapshot: boolean }, signal: AbortSignal) => Promise<T>) {
  return (options: LookupReadOptions = {}) =>
    queryOptions({
      queryKey: ['lookups', name, opts(options)] as const,
      queryFn: ({ signal }) => list(opts(options), signal),
      staleTime: REFERENCE_STALE_MS,
    })
}

export const lookupQueries = {
  all: () => ['lookups'] as const,

  schools: referenceList('schools', listSchools),
  schoolYears: referenceList('schoolYearTypes', listSchoolYearTypes),
  termDescriptors: referenceList('termDescriptors', listTermDescriptors),
  gradingPeriodDescriptors: referenceList('gradingPeriodDescriptors', listGradingPeriodDescriptors),

  gradingPeriods: ({ schoolId, schoolYear, ...options }: SchoolYearParams) =>
    ofSchoolYear('gradingPeriods', { schoolId, schoolYear, ...options }, (picked, { signal }) =>
      listGradingPeriods(picked, opts(options), signal),
    ),

  academicWeeks: ({ schoolId, schoolYear, ...options }: SchoolYearParams) =>
    ofSchoolYear('academicWeeks', { schoolId, schoolYear, ...options }, async (picked, { client, signal }) => {
      // The year's span comes from its grading periods, shared with the grading-period picker's cache.
      const [weeks, periods] = await Promise.all([
        listAcademicWeeks({ schoolId: picked.schoolId }, opts(options), signal),
        client.ensureQueryData(lookupQueries.gradingPeriods({ ...picked, ...options })),
      ])
      return academicWeeksOfYear(weeks, periods, picked.schoolYear)
    }),
}

function ofSchoolYear<T>(
  name: string,
  { schoolId, schoolYear, ...options }: SchoolYearParams,
  read: (picked: { schoolId: number; schoolYear: number }, context: { client: QueryClient; signal: AbortSignal }) => Promise<T>,
) {
  return queryOptions({
    queryKey: ['lookups', name, { schoolId, schoolYear, ...opts(options) }] as const,
    queryFn: schoolId === undefined || schoolYear === undefined ? skipToken : (context) => read({ schoolId, schoolYear }, context),
    staleTime: REFERENCE_STALE_MS,
  })
}
