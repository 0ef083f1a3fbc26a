import type { Db } from './database.ts'
import { statement } from './sessions-repo.ts'
import type { AcademicWeekRef, GradingPeriodRef, SessionKey } from '../domain/session-types.ts'

export function gradingPeriodsOf(db: Db, schoolId: number): GradingPeriodRef[] {
  return statement(
    db,
    `SELECT d.namespace || '#' || d.code_value AS gradingPeriodDescriptor, gp.grading_period_name AS gradingPeriodName,
            gp.school_id AS schoolId, gp.school_year AS schoolYear
       FROM grading_periods gp JOIN descriptors d ON d.descriptor_id = gp.grading_period_descriptor_id
      WHERE gp.school_id = ? ORDER BY gp.school_year, gp.grading_period_id`,
  ).all(schoolId) as GradingPeriodRef[]
}

export function academicWeeksOf(db: Db, schoolId: number): AcademicWeekRef[] {
  return statement(
    db,
    'SELECT school_id AS schoolId, week_identifier AS weekIdentifier FROM academic_weeks WHERE school_id = ? ORDER BY academic_week_id',
  ).all(schoolId) as AcademicWeekRef[]
}

export function insertCourseOffering(db: Db, session: SessionKey, localCourseCode: string, id: string): string {
  statement(
    db,
    `INSERT INTO course_offerings (local_course_code, school_id, school_year, session_name, local_course_title, course_code,
                                   education_organization_id, id, last_modified_date, change_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00.0000000Z', 0)`,
  ).run(localCourseCode, session.schoolId, session.schoolYear, session.sessionName, localCourseCode, localCourseCode, session.schoolId, id)
  return id
}

export function courseOfferingSessionKey(db: Db, id: string): SessionKey | undefined {
  return statement(
    db,
    'SELECT school_id AS schoolId, school_year AS schoolYear, session_name AS sessionName FROM course_offerings WHERE id = ?',
  ).get(id) as SessionKey | undefined
}

export function renameGradingPeriod(db: Db, resourceId: string, name: string): void {
  statement(db, 'UPDATE grading_periods SET grading_period_name = ? WHERE id = ?').run(name, resourceId)
}

export function ageStoredBodies(db: Db, version: string, staleSessionId?: number): void {
  statement(db, "UPDATE meta SET value = ? WHERE key = 'sessionBodyVersion'").run(version)
  if (staleSessionId !== undefined) statement(db, "UPDATE session_bodies SET body = '{}' WHERE session_id = ?").run(staleSessionId)
}
