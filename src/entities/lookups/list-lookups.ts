import type { z } from 'zod'
import { readJson, request } from '../../lib/api-client.ts'
import { toSearch } from '../../lib/edfi/paging.ts'
import {
  academicWeekSchema,
  descriptorSchema,
  gradingPeriodSchema,
  schoolSchema,
  schoolYearTypeSchema,
  type AcademicWeek,
  type Descriptor,
  type GradingPeriod,
  type School,
  type SchoolYearType,
} from './lookup-schemas.ts'

// Picker data (and the checks' calendars): every matching item, read in pages of 500 (the ODS page-size limit) until a short
// page, because a picker that silently shows the first 500 would hide choices.

export interface LookupReadOptions {
  snapshot?: boolean
}

const PAGE = 500

export async function listAll<T>(
  resource: string,
  filters: Record<string, string | number | undefined>,
  schema: z.ZodType<T>,
  options: LookupReadOptions,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = []
  for (let offset = 0; ; offset += PAGE) {
    const res = await request(`ed-fi/${resource}?${toSearch({ ...filters, offset, limit: PAGE })}`, { signal, snapshot: options.snapshot })
    const page = await readJson(res, schema.array())
    items.push(...page)
    if (page.length < PAGE) return items
  }
}

export function listSchools(options: LookupReadOptions = {}, signal?: AbortSignal): Promise<School[]> {
  return listAll('schools', {}, schoolSchema, options, signal)
}

export function listSchoolYearTypes(options: LookupReadOptions = {}, signal?: AbortSignal): Promise<SchoolYearType[]> {
  return listAll('schoolYearTypes', {}, schoolYearTypeSchema, options, signal)
}

export function listTermDescriptors(options: LookupReadOptions = {}, signal?: AbortSignal): Promise<Descriptor[]> {
  return listAll('termDescriptors', {}, descriptorSchema, options, signal)
}

export function listGradingPeriodDescriptors(options: LookupReadOptions = {}, signal?: AbortSignal): Promise<Descriptor[]> {
  return listAll('gradingPeriodDescriptors', {}, descriptorSchema, options, signal)
}

export interface SchoolYearFilter {
  schoolId: number
  schoolYear: number
}

export function listGradingPeriods(
  filter: SchoolYearFilter,
  options: LookupReadOptions = {},
  signal?: AbortSignal,
): Promise<GradingPeriod[]> {
  return listAll('gradingPeriods', { schoolId: filter.schoolId, schoolYear: filter.schoolYear }, gradingPeriodSchema, options, signal)
}

export function listAcademicWeeks(
  filter: { schoolId: number },
  options: LookupReadOptions = {},
  signal?: AbortSignal,
): Promise<AcademicWeek[]> {
  return listAll('academicWeeks', { schoolId: filter.schoolId }, academicWeekSchema, options, signal)
}

/**
 * The weeks of school year `schoolYear` (2022 = 2021-2022): those beginning within the span of the
 * school's grading periods of that year (summer sessions run into July), or, when it has none,
 * within July 1 to June 30. Ed-Fi's AcademicWeek has no school-year member to filter on.
 */
export function academicWeeksOfYear(
  weeks: readonly AcademicWeek[],
  gradingPeriods: readonly GradingPeriod[],
  schoolYear: number,
): AcademicWeek[] {
  const ofYear = gradingPeriods.filter((p) => p.schoolYearTypeReference.schoolYear === schoolYear)
  const begin = ofYear.length ? ofYear.map((p) => p.beginDate).reduce((a, b) => (a < b ? a : b)) : `${schoolYear - 1}-07-01`
  const end = ofYear.length ? ofYear.map((p) => p.endDate).reduce((a, b) => (a > b ? a : b)) : `${schoolYear}-06-30`
  return weeks.filter((w) => w.beginDate >= begin && w.beginDate <= end)
}
