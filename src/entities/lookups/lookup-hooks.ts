import { useQuery } from '@tanstack/react-query'
import type { LookupReadOptions } from './list-lookups.ts'
import { lookupQueries, type SchoolYearParams } from './lookup-queries.ts'

export function useSchools(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.schools(options))
}

export function useSchoolYears(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.schoolYears(options))
}

export function useTermDescriptors(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.termDescriptors(options))
}

export function useGradingPeriodDescriptors(options: LookupReadOptions = {}) {
  return useQuery(lookupQueries.gradingPeriodDescriptors(options))
}

export function useGradingPeriods(params: SchoolYearParams) {
  return useQuery(lookupQueries.gradingPeriods(params))
}

export function useAcademicWeeks(params: SchoolYearParams) {
  return useQuery(lookupQueries.academicWeeks(params))
}
