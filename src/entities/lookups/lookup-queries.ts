import { queryOptions, skipToken } from '@tanstack/react-query'
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

/** Params of the school-and-year lookups; a missing member (nothing picked yet) disables the query. */
export interface SchoolYearParams extends LookupReadOptions {
  schoolId: number | undefined
  schoolYear: number | undefined
}

const opts = (options: LookupReadOptions) => ({ snapshot: options.snapshot ?? false })

export const lookupQueries = {
  all: () => ['lookups'] as const,

  schools: (options: LookupReadOptions = {}) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'schools', opts(options)] as const,
      queryFn: ({ signal }) => listSchools(opts(options), signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  schoolYears: (options: LookupReadOptions = {}) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'schoolYearTypes', opts(options)] as const,
      queryFn: ({ signal }) => listSchoolYearTypes(opts(options), signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  termDescriptors: (options: LookupReadOptions = {}) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'termDescriptors', opts(options)] as const,
      queryFn: ({ signal }) => listTermDescriptors(opts(options), signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  gradingPeriodDescriptors: (options: LookupReadOptions = {}) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'gradingPeriodDescriptors', opts(options)] as const,
      queryFn: ({ signal }) => listGradingPeriodDescriptors(opts(options), signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  gradingPeriods: ({ schoolId, schoolYear, ...options }: SchoolYearParams) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'gradingPeriods', { schoolId, schoolYear, ...opts(options) }] as const,
      queryFn:
        schoolId === undefined || schoolYear === undefined
          ? skipToken
          : ({ signal }) => listGradingPeriods({ schoolId, schoolYear }, opts(options), signal),
      staleTime: REFERENCE_STALE_MS,
    }),

  academicWeeks: ({ schoolId, schoolYear, ...options }: SchoolYearParams) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'academicWeeks', { schoolId, schoolYear, ...opts(options) }] as const,
      queryFn:
        schoolId === undefined || schoolYear === undefined
          ? skipToken
          : async ({ client, signal }) => {
              // The year's span comes from its grading periods, shared with the grading-period picker's cache.
              const [weeks, periods] = await Promise.all([
                listAcademicWeeks({ schoolId }, opts(options), signal),
                client.ensureQueryData(lookupQueries.gradingPeriods({ schoolId, schoolYear, ...options })),
              ])
              return academicWeeksOfYear(weeks, periods, schoolYear)
            },
      staleTime: REFERENCE_STALE_MS,
    }),
}
