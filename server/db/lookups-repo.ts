import { readSpec } from './read-spec.ts'
import type { ReadSpec } from './resource-rows.ts'

export interface SchoolRow {
  id: string
  schoolId: number
  nameOfInstitution: string
  shortNameOfInstitution: string | null
  localEducationAgencyId: number | null
  lastModifiedDate: string
}

export interface SchoolYearTypeRow {
  id: string
  schoolYear: number
  currentSchoolYear: number
  schoolYearDescription: string
  lastModifiedDate: string
}

export interface DescriptorRow {
  id: string
  descriptorId: number
  codeValue: string
  description: string | null
  namespace: string
  shortDescription: string
  lastModifiedDate: string
}

export interface GradingPeriodRow {
  id: string
  gradingPeriodDescriptor: string
  gradingPeriodName: string
  schoolId: number
  schoolResourceId: string
  schoolYear: number
  schoolYearResourceId: string
  beginDate: string
  endDate: string
  periodSequence: number | null
  totalInstructionalDays: number
  lastModifiedDate: string
}

export interface AcademicWeekRow {
  id: string
  weekIdentifier: string
  schoolId: number
  schoolResourceId: string
  beginDate: string
  endDate: string
  totalInstructionalDays: number
  lastModifiedDate: string
}

export interface LookupRows {
  schools: SchoolRow
  schoolYearTypes: SchoolYearTypeRow
  termDescriptors: DescriptorRow
  gradingPeriodDescriptors: DescriptorRow
  gradingPeriods: GradingPeriodRow
  academicWeeks: AcademicWeekRow
}
export type LookupName = keyof LookupRows

function descriptorSpec(kind: 'TermDescriptor' | 'GradingPeriodDescriptor', idMember: string): ReadSpec {
  const spec = readSpec({
    from: 'descriptors d',
    alias: 'd',
    where: `d.kind = '${kind}'`,
    orderBy: 'd.descriptor_id',
    members: ['id', 'descriptorId', 'codeValue', 'namespace', 'shortDescription', 'description'],
  })
  // The API names the descriptor's id after its kind (termDescriptorId); the row keeps one name.
  const filters = Object.entries(spec.filters).map(([member, filter]) => [member === 'descriptorId' ? idMember : member, filter])
  return { ...spec, filters: Object.fromEntries(filters) }
}

export const LOOKUP_SPECS: Record<LookupName, ReadSpec> = {
  schools: readSpec({
    from: 'schools sc',
    alias: 'sc',
    orderBy: 'sc.school_id',
    schoolColumn: 'sc.school_id',
    members: ['id', 'schoolId', 'nameOfInstitution', 'shortNameOfInstitution', 'localEducationAgencyId'],
  }),
  schoolYearTypes: readSpec({
    from: 'school_year_types sy',
    alias: 'sy',
    orderBy: 'sy.school_year',
    members: ['id', 'schoolYear', 'currentSchoolYear', 'schoolYearDescription'],
  }),
  termDescriptors: descriptorSpec('TermDescriptor', 'termDescriptorId'),
  gradingPeriodDescriptors: descriptorSpec('GradingPeriodDescriptor', 'gradingPeriodDescriptorId'),
  gradingPeriods: readSpec({
    from: `grading_periods gp
             JOIN descriptors d ON d.descriptor_id = gp.grading_period_descriptor_id
             JOIN schools sc ON sc.school_id = gp.school_id
             JOIN school_year_types sy ON sy.school_year = gp.school_year`,
    alias: 'gp',
    orderBy: 'gp.grading_period_id',
    schoolColumn: 'gp.school_id',
    members: [
      'id',
      'gradingPeriodDescriptor',
      'gradingPeriodName',
      'schoolId',
      'schoolYear',
      'beginDate',
      'endDate',
      'periodSequence',
      'totalInstructionalDays',
    ],
    expressions: { gradingPeriodDescriptor: "d.namespace || '#' || d.code_value" },
    references: { schoolResourceId: 'sc.id', schoolYearResourceId: 'sy.id' },
  }),
  academicWeeks: readSpec({
    from: 'academic_weeks aw JOIN schools sc ON sc.school_id = aw.school_id',
    alias: 'aw',
    orderBy: 'aw.academic_week_id',
    schoolColumn: 'aw.school_id',
    members: ['id', 'weekIdentifier', 'schoolId', 'beginDate', 'endDate', 'totalInstructionalDays'],
    references: { schoolResourceId: 'sc.id' },
  }),
}
