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
  return {
    select: `SELECT d.id, d.descriptor_id AS descriptorId, d.code_value AS codeValue, d.description, d.namespace,
                    d.short_description AS shortDescription, d.last_modified_date AS lastModifiedDate
               FROM descriptors d`,
    where: `d.kind = '${kind}'`,
    orderBy: 'd.descriptor_id',
    idColumn: 'd.id',
    filters: {
      id: ['d.id', 'guid'],
      [idMember]: ['d.descriptor_id', 'int'],
      codeValue: ['d.code_value', 'text'],
      namespace: ['d.namespace', 'text'],
      shortDescription: ['d.short_description', 'text'],
      description: ['d.description', 'text'],
    },
  }
}

export const LOOKUP_SPECS: Record<LookupName, ReadSpec> = {
  schools: {
    select: `SELECT sc.id, sc.school_id AS schoolId, sc.name_of_institution AS nameOfInstitution,
                    sc.short_name_of_institution AS shortNameOfInstitution,
                    sc.local_education_agency_id AS localEducationAgencyId, sc.last_modified_date AS lastModifiedDate
               FROM schools sc`,
    orderBy: 'sc.school_id',
    idColumn: 'sc.id',
    schoolColumn: 'sc.school_id',
    filters: {
      id: ['sc.id', 'guid'],
      schoolId: ['sc.school_id', 'int'],
      nameOfInstitution: ['sc.name_of_institution', 'text'],
      shortNameOfInstitution: ['sc.short_name_of_institution', 'text'],
      localEducationAgencyId: ['sc.local_education_agency_id', 'int'],
    },
  },
  schoolYearTypes: {
    select: `SELECT sy.id, sy.school_year AS schoolYear, sy.current_school_year AS currentSchoolYear,
                    sy.school_year_description AS schoolYearDescription, sy.last_modified_date AS lastModifiedDate
               FROM school_year_types sy`,
    orderBy: 'sy.school_year',
    idColumn: 'sy.id',
    filters: {
      id: ['sy.id', 'guid'],
      schoolYear: ['sy.school_year', 'int'],
      currentSchoolYear: ['sy.current_school_year', 'bool'],
      schoolYearDescription: ['sy.school_year_description', 'text'],
    },
  },
  termDescriptors: descriptorSpec('TermDescriptor', 'termDescriptorId'),
  gradingPeriodDescriptors: descriptorSpec('GradingPeriodDescriptor', 'gradingPeriodDescriptorId'),
  gradingPeriods: {
    select: `SELECT gp.id, d.namespace || '#' || d.code_value AS gradingPeriodDescriptor, gp.grading_period_name AS gradingPeriodName,
                    gp.school_id AS schoolId, sc.id AS schoolResourceId, gp.school_year AS schoolYear, sy.id AS schoolYearResourceId,
                    gp.begin_date AS beginDate, gp.end_date AS endDate, gp.period_sequence AS periodSequence,
                    gp.total_instructional_days AS totalInstructionalDays, gp.last_modified_date AS lastModifiedDate
               FROM grading_periods gp
               JOIN descriptors d ON d.descriptor_id = gp.grading_period_descriptor_id
               JOIN schools sc ON sc.school_id = gp.school_id
               JOIN school_year_types sy ON sy.school_year = gp.school_year`,
    orderBy: 'gp.grading_period_id',
    idColumn: 'gp.id',
    schoolColumn: 'gp.school_id',
    filters: {
      id: ['gp.id', 'guid'],
      gradingPeriodDescriptor: ["d.namespace || '#' || d.code_value", 'text'],
      gradingPeriodName: ['gp.grading_period_name', 'text'],
      schoolId: ['gp.school_id', 'int'],
      schoolYear: ['gp.school_year', 'int'],
      beginDate: ['gp.begin_date', 'date'],
      endDate: ['gp.end_date', 'date'],
      periodSequence: ['gp.period_sequence', 'int'],
      totalInstructionalDays: ['gp.total_instructional_days', 'int'],
    },
  },
  academicWeeks: {
    select: `SELECT aw.id, aw.week_identifier AS weekIdentifier, aw.school_id AS schoolId, sc.id AS schoolResourceId,
                    aw.begin_date AS beginDate, aw.end_date AS endDate, aw.total_instructional_days AS totalInstructionalDays,
                    aw.last_modified_date AS lastModifiedDate
               FROM academic_weeks aw
               JOIN schools sc ON sc.school_id = aw.school_id`,
    orderBy: 'aw.academic_week_id',
    idColumn: 'aw.id',
    schoolColumn: 'aw.school_id',
    filters: {
      id: ['aw.id', 'guid'],
      weekIdentifier: ['aw.week_identifier', 'text'],
      schoolId: ['aw.school_id', 'int'],
      beginDate: ['aw.begin_date', 'date'],
      endDate: ['aw.end_date', 'date'],
      totalInstructionalDays: ['aw.total_instructional_days', 'int'],
    },
  },
}
