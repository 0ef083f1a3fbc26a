import type { Db } from './database.ts'
import { statement } from './sessions-repo.ts'
import type { SessionInput, SessionKey } from '../domain/session-types.ts'

// Writes of the sessions aggregate. Callers run them inside one transaction together with the
// reads that decide them (etag check, uniqueness), so a write is all-or-nothing.

export interface ResolvedReferences {
  termDescriptorId: number
  gradingPeriodIds: number[]
  academicWeekIds: number[]
}

export type UnresolvedEntity = 'School' | 'SchoolYearType' | 'TermDescriptor' | 'GradingPeriod' | 'AcademicWeek'

export type ReferenceResolution = { ok: true; refs: ResolvedReferences } | { ok: false; missing: UnresolvedEntity }

const exists = (db: Db, sql: string, ...params: (string | number)[]) => statement(db, sql).get(...params) !== undefined

function splitUri(uri: string): [string, string] {
  const hash = uri.indexOf('#')
  return hash < 0 ? [uri, ''] : [uri.slice(0, hash), uri.slice(hash + 1)]
}

function descriptorId(db: Db, kind: string, uri: string): number | undefined {
  const row = statement(db, 'SELECT descriptor_id FROM descriptors WHERE kind = ? AND namespace = ? AND code_value = ?').get(
    kind,
    ...splitUri(uri),
  ) as { descriptor_id: number } | undefined
  return row?.descriptor_id
}

/**
 * Looks up every reference of a validated body, in the order the ODS foreign keys would fail:
 * School, SchoolYearType, then each grading period and academic week.
 */
export function resolveSessionReferences(db: Db, input: SessionInput): ReferenceResolution {
  if (!exists(db, 'SELECT 1 FROM schools WHERE school_id = ?', input.schoolId)) return { ok: false, missing: 'School' }
  const yearExists = exists(db, 'SELECT 1 FROM school_year_types WHERE school_year = ?', input.schoolYear)
  if (!yearExists) return { ok: false, missing: 'SchoolYearType' }
  const termDescriptorId = descriptorId(db, 'TermDescriptor', input.termDescriptor)
  if (termDescriptorId === undefined) return { ok: false, missing: 'TermDescriptor' }
  const gradingPeriodIds: number[] = []
  for (const ref of input.gradingPeriods) {
    const row = statement(
      db,
      `SELECT gp.grading_period_id FROM grading_periods gp
         JOIN descriptors d ON d.descriptor_id = gp.grading_period_descriptor_id
        WHERE d.kind = 'GradingPeriodDescriptor' AND d.namespace = ? AND d.code_value = ?
          AND gp.grading_period_name = ? AND gp.school_id = ? AND gp.school_year = ?`,
    ).get(...splitUri(ref.gradingPeriodDescriptor), ref.gradingPeriodName, ref.schoolId, ref.schoolYear) as
      { grading_period_id: number } | undefined
    if (!row) return { ok: false, missing: 'GradingPeriod' }
    gradingPeriodIds.push(row.grading_period_id)
  }
  const academicWeekIds: number[] = []
  for (const ref of input.academicWeeks) {
    const row = statement(db, 'SELECT academic_week_id FROM academic_weeks WHERE school_id = ? AND week_identifier = ?').get(
      ref.schoolId,
      ref.weekIdentifier,
    ) as { academic_week_id: number } | undefined
    if (!row) return { ok: false, missing: 'AcademicWeek' }
    academicWeekIds.push(row.academic_week_id)
  }
  return { ok: true, refs: { termDescriptorId, gradingPeriodIds, academicWeekIds } }
}

export interface WriteStamp {
  lastModifiedDate: string
  changeVersion: number
}

function writeChildren(db: Db, sessionId: number, refs: ResolvedReferences): void {
  statement(db, 'DELETE FROM session_grading_periods WHERE session_id = ?').run(sessionId)
  statement(db, 'DELETE FROM session_academic_weeks WHERE session_id = ?').run(sessionId)
  // INSERT OR IGNORE: validation already refuses duplicates; this only keeps the set semantics.
  const period = statement(db, 'INSERT OR IGNORE INTO session_grading_periods (session_id, grading_period_id) VALUES (?, ?)')
  for (const id of refs.gradingPeriodIds) period.run(sessionId, id)
  const week = statement(db, 'INSERT OR IGNORE INTO session_academic_weeks (session_id, academic_week_id) VALUES (?, ?)')
  for (const id of refs.academicWeekIds) week.run(sessionId, id)
}

function memberValues(input: SessionInput, refs: ResolvedReferences): (string | number)[] {
  const { schoolId, schoolYear, sessionName, beginDate, endDate, totalInstructionalDays } = input
  return [schoolId, schoolYear, sessionName, refs.termDescriptorId, beginDate, endDate, totalInstructionalDays]
}

export function insertSession(db: Db, input: SessionInput, refs: ResolvedReferences, id: string, stamp: WriteStamp): number {
  const result = statement(
    db,
    `INSERT INTO sessions (school_id, school_year, session_name, term_descriptor_id, begin_date, end_date,
                           total_instructional_days, id, last_modified_date, change_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...memberValues(input, refs), id, stamp.lastModifiedDate, stamp.changeVersion)
  const sessionId = Number(result.lastInsertRowid)
  writeChildren(db, sessionId, refs)
  return sessionId
}

/**
 * Replaces every member, natural key included: course_offerings follow a key change through their
 * ON UPDATE CASCADE foreign key, as dependents do in the ODS.
 */
export function updateSession(db: Db, sessionId: number, input: SessionInput, refs: ResolvedReferences, stamp: WriteStamp): void {
  statement(
    db,
    `UPDATE sessions SET school_id = ?, school_year = ?, session_name = ?, term_descriptor_id = ?, begin_date = ?,
                         end_date = ?, total_instructional_days = ?, last_modified_date = ?, change_version = ?
      WHERE session_id = ?`,
  ).run(...memberValues(input, refs), stamp.lastModifiedDate, stamp.changeVersion, sessionId)
  writeChildren(db, sessionId, refs)
}

export function deleteSession(db: Db, sessionId: number): void {
  statement(db, 'DELETE FROM sessions WHERE session_id = ?').run(sessionId)
}

export function hasCourseOfferings(db: Db, key: SessionKey): boolean {
  const sql = 'SELECT 1 FROM course_offerings WHERE school_id = ? AND school_year = ? AND session_name = ? LIMIT 1'
  return exists(db, sql, key.schoolId, key.schoolYear, key.sessionName)
}

export type TrackedChange =
  | { kind: 'delete'; id: string; oldKey: SessionKey; changeVersion: number }
  | { kind: 'keyChange'; id: string; oldKey: SessionKey; newKey: SessionKey; changeVersion: number }

export function recordTrackedChange(db: Db, change: TrackedChange): void {
  const next = change.kind === 'keyChange' ? change.newKey : undefined
  statement(
    db,
    `INSERT INTO tracked_session_changes (kind, id, old_school_id, old_school_year, old_session_name,
                                          new_school_id, new_school_year, new_session_name, change_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.kind,
    change.id,
    change.oldKey.schoolId,
    change.oldKey.schoolYear,
    change.oldKey.sessionName,
    next?.schoolId ?? null,
    next?.schoolYear ?? null,
    next?.sessionName ?? null,
    change.changeVersion,
  )
}
