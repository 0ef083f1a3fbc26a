import { z } from 'zod'

const reference = <T extends z.ZodRawShape>(shape: T) => z.object(shape)

export const schoolSchema = z.object({
  id: z.string(),
  schoolId: z.number().int(),
  nameOfInstitution: z.string(),
  shortNameOfInstitution: z.string().optional(),
  localEducationAgencyReference: reference({ localEducationAgencyId: z.number().int() }).optional(),
})

export const schoolYearTypeSchema = z.object({
  id: z.string(),
  schoolYear: z.int32(),
  currentSchoolYear: z.boolean(),
  schoolYearDescription: z.string(),
})

export const descriptorSchema = z.object({
  id: z.string(),
  codeValue: z.string(),
  namespace: z.string(),
  shortDescription: z.string(),
  description: z.string().optional(),
})

export const gradingPeriodSchema = z.object({
  id: z.string(),
  gradingPeriodDescriptor: z.string(),
  gradingPeriodName: z.string(),
  schoolReference: reference({ schoolId: z.number().int() }),
  schoolYearTypeReference: reference({ schoolYear: z.int32() }),
  beginDate: z.iso.date(),
  endDate: z.iso.date(),
  periodSequence: z.int32().optional(),
  totalInstructionalDays: z.int32(),
})

export const academicWeekSchema = z.object({
  id: z.string(),
  weekIdentifier: z.string(),
  schoolReference: reference({ schoolId: z.number().int() }),
  beginDate: z.iso.date(),
  endDate: z.iso.date(),
  totalInstructionalDays: z.int32(),
})

export type School = z.infer<typeof schoolSchema>
export type SchoolYearType = z.infer<typeof schoolYearTypeSchema>
export type Descriptor = z.infer<typeof descriptorSchema>
export type GradingPeriod = z.infer<typeof gradingPeriodSchema>
export type AcademicWeek = z.infer<typeof academicWeekSchema>

export function descriptorUri(descriptor: Pick<Descriptor, 'namespace' | 'codeValue'>): string {
  return `${descriptor.namespace}#${descriptor.codeValue}`
}

export function gradingPeriodReferenceOf(period: GradingPeriod) {
  return {
    gradingPeriodDescriptor: period.gradingPeriodDescriptor,
    gradingPeriodName: period.gradingPeriodName,
    schoolId: period.schoolReference.schoolId,
    schoolYear: period.schoolYearTypeReference.schoolYear,
  }
}

export function academicWeekReferenceOf(week: AcademicWeek) {
  return { schoolId: week.schoolReference.schoolId, weekIdentifier: week.weekIdentifier }
}
