import type { Db } from './database.ts'
import type { RowWrite, WriteStamp } from './resource-rows.ts'
import { statement } from './sessions-repo.ts'

export type LookupInput =
  | {
      kind: 'school'
      schoolId: number
      nameOfInstitution: string
      shortNameOfInstitution: string | null
      localEducationAgencyId: number | null
    }
  | { kind: 'schoolYearType'; schoolYear: number; schoolYearDescription: string; currentSchoolYear: boolean }
  | {
      kind: 'descriptor'
      descriptorKind: 'TermDescriptor' | 'GradingPeriodDescriptor'
      namespace: string
      codeValue: string
      shortDescription: string
      description: string | null
    }
  | {
      kind: 'gradingPeriod'
      gradingPeriodDescriptorId: number
      gradingPeriodName: string
      schoolId: number
      schoolYear: number
      beginDate: string
      endDate: string
      periodSequence: number | null
      totalInstructionalDays: number
    }
  | { kind: 'academicWeek'; schoolId: number; weekIdentifier: string; beginDate: string; endDate: string; totalInstructionalDays: number }

export function lookupRowWrite(input: LookupInput): RowWrite {
  switch (input.kind) {
    case 'school':
      return {
        table: 'schools',
        key: { school_id: input.schoolId },
        values: {
          name_of_institution: input.nameOfInstitution,
          short_name_of_institution: input.shortNameOfInstitution,
          local_education_agency_id: input.localEducationAgencyId,
        },
      }
    case 'schoolYearType':
      return {
        table: 'school_year_types',
        key: { school_year: input.schoolYear },
        values: { school_year_description: input.schoolYearDescription, current_school_year: input.currentSchoolYear ? 1 : 0 },
      }
    case 'descriptor':
      return {
        table: 'descriptors',
        key: { kind: input.descriptorKind, namespace: input.namespace, code_value: input.codeValue },
        values: { short_description: input.shortDescription, description: input.description },
      }
    case 'gradingPeriod':
      return {
        table: 'grading_periods',
        key: {
          grading_period_descriptor_id: input.gradingPeriodDescriptorId,
          grading_period_name: input.gradingPeriodName,
          school_id: input.schoolId,
          school_year: input.schoolYear,
        },
        values: {
          begin_date: input.beginDate,
          end_date: input.endDate,
          period_sequence: input.periodSequence,
          total_instructional_days: input.totalInstructionalDays,
        },
      }
    case 'academicWeek':
      return {
        table: 'academic_weeks',
        key: { school_id: input.schoolId, week_identifier: input.weekIdentifier },
        values: { begin_date: input.beginDate, end_date: input.endDate, total_instructional_days: input.totalInstructionalDays },
      }
  }
}

const exists = (db: Db, sql: string, value: number) => statement(db, sql).get(value) !== undefined

export function schoolExists(db: Db, schoolId: number): boolean {
  return exists(db, 'SELECT 1 FROM schools WHERE school_id = ?', schoolId)
}

export function schoolYearExists(db: Db, schoolYear: number): boolean {
  return exists(db, 'SELECT 1 FROM school_year_types WHERE school_year = ?', schoolYear)
}

export function localEducationAgencyExists(db: Db, id: number): boolean {
  return exists(db, 'SELECT 1 FROM local_education_agencies WHERE local_education_agency_id = ?', id)
}

export function storedSchoolDistrict(db: Db, schoolId: number): number | null | undefined {
  const sql = 'SELECT local_education_agency_id AS leaId FROM schools WHERE school_id = ?'
  const row = statement(db, sql).get(schoolId) as { leaId: number | null } | undefined
  return row ? row.leaId : undefined
}

/** Only one school year is the current one: setting it clears the flag elsewhere, as a tracked change. */
export function clearOtherCurrentSchoolYears(db: Db, schoolYear: number, stamp: () => WriteStamp): void {
  const current = 'SELECT school_year AS year FROM school_year_types WHERE current_school_year = 1 AND school_year <> ?'
  const clear = 'UPDATE school_year_types SET current_school_year = 0, last_modified_date = ?, change_version = ? WHERE school_year = ?'
  for (const { year } of statement(db, current).all(schoolYear) as { year: number }[]) {
    const { lastModifiedDate, changeVersion } = stamp()
    statement(db, clear).run(lastModifiedDate, changeVersion, year)
  }
}
