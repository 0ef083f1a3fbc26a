import type { Db } from './database.ts'
import { readSpec } from './read-spec.ts'
import { deleteRowById, type RowWrite } from './resource-rows.ts'
import { statement } from './sessions-repo.ts'
import type { SessionKey } from '../domain/session-types.ts'

export interface CourseOfferingRow {
  id: string
  localCourseCode: string
  localCourseTitle: string | null
  schoolId: number
  schoolResourceId: string
  schoolYear: number
  sessionName: string
  sessionResourceId: string
  courseCode: string
  educationOrganizationId: number
  lastModifiedDate: string
}

export interface CourseOfferingInput {
  localCourseCode: string
  localCourseTitle: string | null
  schoolId: number
  schoolYear: number
  sessionName: string
  courseCode: string
  educationOrganizationId: number
}

export const COURSE_OFFERING_SPEC = readSpec({
  from: `course_offerings co
           JOIN schools sc ON sc.school_id = co.school_id
           JOIN sessions s ON s.school_id = co.school_id AND s.school_year = co.school_year AND s.session_name = co.session_name`,
  alias: 'co',
  orderBy: 'co.course_offering_id',
  schoolColumn: 'co.school_id',
  members: ['id', 'localCourseCode', 'localCourseTitle', 'schoolId', 'schoolYear', 'sessionName', 'courseCode', 'educationOrganizationId'],
  references: { schoolResourceId: 'sc.id', sessionResourceId: 's.id' },
})

export function courseOfferingRowWrite(input: CourseOfferingInput): RowWrite {
  return {
    table: 'course_offerings',
    key: {
      local_course_code: input.localCourseCode,
      school_id: input.schoolId,
      school_year: input.schoolYear,
      session_name: input.sessionName,
    },
    values: {
      local_course_title: input.localCourseTitle,
      course_code: input.courseCode,
      education_organization_id: input.educationOrganizationId,
    },
  }
}

export function storedSessionName(db: Db, key: SessionKey): string | undefined {
  const row = statement(db, 'SELECT session_name FROM sessions WHERE school_id = ? AND school_year = ? AND session_name = ?').get(
    key.schoolId,
    key.schoolYear,
    key.sessionName,
  ) as { session_name: string } | undefined
  return row?.session_name
}

export function deleteCourseOffering(db: Db, id: string): void {
  deleteRowById(db, 'course_offerings', id)
}
