import { randomUUID } from 'node:crypto'
import type { Db } from './database.ts'
import { nextChangeVersion } from './database.ts'
import { newLastModified } from '../domain/etag.ts'

const resourceId = () => randomUUID().replaceAll('-', '')

export class SeedWriter {
  private readonly db: Db
  private readonly statements = new Map<string, ReturnType<Db['prepare']>>()

  constructor(db: Db) {
    this.db = db
  }

  private run(sql: string, ...values: unknown[]): number {
    let statement = this.statements.get(sql)
    if (!statement) {
      statement = this.db.prepare(sql)
      this.statements.set(sql, statement)
    }
    return Number((statement.run as (...args: unknown[]) => { lastInsertRowid: number | bigint })(...values).lastInsertRowid)
  }

  private stamp(): [string, string, number] {
    return [resourceId(), newLastModified(), nextChangeVersion(this.db)]
  }

  descriptor(kind: string, namespace: string, codeValue: string): number {
    return this.run(
      `INSERT INTO descriptors (kind, namespace, code_value, short_description, description, id, last_modified_date, change_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      kind,
      namespace,
      codeValue,
      codeValue,
      codeValue,
      ...this.stamp(),
    )
  }

  schoolYear(schoolYear: number, current: boolean): void {
    this.run(
      `INSERT INTO school_year_types (school_year, school_year_description, current_school_year, id, last_modified_date, change_version)
       VALUES (?, ?, ?, ?, ?, ?)`,
      schoolYear,
      `${schoolYear - 1}-${schoolYear}`,
      current ? 1 : 0,
      ...this.stamp(),
    )
  }

  localEducationAgency(id: number, name: string): void {
    this.run('INSERT INTO local_education_agencies (local_education_agency_id, name_of_institution) VALUES (?, ?)', id, name)
  }

  school(schoolId: number, name: string, shortName: string, leaId: number): void {
    this.run(
      `INSERT INTO schools (school_id, name_of_institution, short_name_of_institution, local_education_agency_id,
                            id, last_modified_date, change_version)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      schoolId,
      name,
      shortName,
      leaId,
      ...this.stamp(),
    )
  }

  gradingPeriod(row: {
    descriptorId: number
    name: string
    schoolId: number
    schoolYear: number
    beginDate: string
    endDate: string
    sequence: number
    days: number
  }): number {
    return this.run(
      `INSERT INTO grading_periods (grading_period_descriptor_id, grading_period_name, school_id, school_year, begin_date, end_date,
                                    period_sequence, total_instructional_days, id, last_modified_date, change_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.descriptorId,
      row.name,
      row.schoolId,
      row.schoolYear,
      row.beginDate,
      row.endDate,
      row.sequence,
      row.days,
      ...this.stamp(),
    )
  }

  academicWeek(row: { schoolId: number; weekIdentifier: string; beginDate: string; endDate: string; days: number }): number {
    return this.run(
      `INSERT INTO academic_weeks (school_id, week_identifier, begin_date, end_date, total_instructional_days,
                                   id, last_modified_date, change_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      row.schoolId,
      row.weekIdentifier,
      row.beginDate,
      row.endDate,
      row.days,
      ...this.stamp(),
    )
  }

  session(
    row: {
      schoolId: number
      schoolYear: number
      name: string
      termDescriptorId: number
      beginDate: string
      endDate: string
      days: number
    },
    changeVersion?: number,
  ): number {
    return this.run(
      `INSERT INTO sessions (school_id, school_year, session_name, term_descriptor_id, begin_date, end_date, total_instructional_days,
                             id, last_modified_date, change_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.schoolId,
      row.schoolYear,
      row.name,
      row.termDescriptorId,
      row.beginDate,
      row.endDate,
      row.days,
      ...(changeVersion === undefined ? this.stamp() : [resourceId(), newLastModified(), changeVersion]),
    )
  }

  sessionGradingPeriod(sessionId: number, gradingPeriodId: number): void {
    this.run('INSERT INTO session_grading_periods (session_id, grading_period_id) VALUES (?, ?)', sessionId, gradingPeriodId)
  }

  sessionAcademicWeek(sessionId: number, academicWeekId: number): void {
    this.run('INSERT INTO session_academic_weeks (session_id, academic_week_id) VALUES (?, ?)', sessionId, academicWeekId)
  }

  courseOffering(row: {
    localCourseCode: string
    title: string
    schoolId: number
    schoolYear: number
    sessionName: string
    courseCode: string
    edOrgId: number
  }): void {
    this.run(
      `INSERT INTO course_offerings (local_course_code, school_id, school_year, session_name, local_course_title, course_code,
                                     education_organization_id, id, last_modified_date, change_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.localCourseCode,
      row.schoolId,
      row.schoolYear,
      row.sessionName,
      row.title,
      row.courseCode,
      row.edOrgId,
      ...this.stamp(),
    )
  }

  descriptorIds(kind: string): Map<string, number> {
    const rows = this.db.prepare('SELECT code_value, descriptor_id FROM descriptors WHERE kind = ?').all(kind) as {
      code_value: string
      descriptor_id: number
    }[]
    return new Map(rows.map((r) => [r.code_value, r.descriptor_id]))
  }

  schoolIdsOfLea(leaId: number): number[] {
    const rows = this.db.prepare('SELECT school_id FROM schools WHERE local_education_agency_id = ? ORDER BY school_id').all(leaId) as {
      school_id: number
    }[]
    return rows.map((r) => r.school_id)
  }

  reserveChangeVersions(count: number): number {
    const row = this.db.prepare('UPDATE change_version_sequence SET value = value + ? WHERE singleton = 1 RETURNING value').get(count) as {
      value: number
    }
    return row.value - count + 1
  }
}
