import { listAll, type LookupReadOptions } from './list-lookups.ts'
import { academicWeekSchema, gradingPeriodSchema, type AcademicWeek, type GradingPeriod } from './lookup-schemas.ts'

// Whole calendars for checks over many schools: every grading period of a school year (or of all
// years), every academic week the client may see. Ed-Fi weeks carry no school year to filter on.

export function listGradingPeriodsOfYear(
  schoolYear: number | undefined,
  options: LookupReadOptions = {},
  signal?: AbortSignal,
): Promise<GradingPeriod[]> {
  return listAll('gradingPeriods', { schoolYear }, gradingPeriodSchema, options, signal)
}

export function listEveryAcademicWeek(options: LookupReadOptions = {}, signal?: AbortSignal): Promise<AcademicWeek[]> {
  return listAll('academicWeeks', {}, academicWeekSchema, options, signal)
}
