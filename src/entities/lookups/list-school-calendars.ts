import { listAll, type LookupReadOptions } from './list-lookups.ts'
import { academicWeekSchema, gradingPeriodSchema, type AcademicWeek, type GradingPeriod } from './lookup-schemas.ts'

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
