import { useQuery } from '@tanstack/react-query'
import type { LookupReadOptions } from './list-lookups.ts'
import { lookupQueries, type SchoolYearParams } from './lookup-queries.ts'

// Picker data. The school-and-year hooks stay idle (status 'pending', not fetching) until both are chosen.

/** GET /ed-fi/schools: the schools this client may see. */
export function useSchools(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.schools(options))
}

/** GET /ed-fi/schoolYearTypes. */
export function useSchoolYears(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.schoolYears(options))
}

/** GET /ed-fi/termDescriptors. */
export function useTermDescriptors(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.termDescriptors(options))
}

/** GET /ed-fi/gradingPeriodDescriptors. */
export function useGradingPeriodDescriptors(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.gradingPeriodDescriptors(options))
}

/** GET /ed-fi/gradingPeriods?schoolId&schoolYear. */
export function useGradingPeriods(params: SchoolYearParams) {
  return useQuery(lookupQueries.gradingPeriods(params))
}

/** GET /ed-fi/academicWeeks?schoolId, narrowed to the school year (see academicWeeksOfYear). */
export function useAcademicWeeks(params: SchoolYearParams) {
  return useQuery(lookupQueries.academicWeeks(params))
}
