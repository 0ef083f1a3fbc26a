import { statement, type Db } from './database.ts'
import { sessionFilterClause, type SessionFilters } from './session-filter-sql.ts'
import type { AcademicWeekRef, GradingPeriodRef, SessionKey, SessionRecord } from '../domain/session-types.ts'

export type { SessionFilters }

export interface StoredGradingPeriodRef extends GradingPeriodRef {
  gradingPeriodId: number
  resourceId: string
}
export interface StoredAcademicWeekRef extends AcademicWeekRef {
  academicWeekId: number
  resourceId: string
}
export interface StoredSession extends SessionRecord {
  termDescriptorId: number
  schoolResourceId: string
  schoolYearResourceId: string
  gradingPeriods: StoredGradingPeriodRef[]
  academicWeeks: StoredAcademicWeekRef[]
}

export type ListPaging = { offset: number; limit: number } | { from: number; to: number | undefined; pageSize: number }

export interface SessionListRequest {
  filters: SessionFilters
  schoolIds: readonly number[]
  paging: ListPaging
}

export { statement }

const SESSION_COLUMNS = `
  s.session_id, s.id, s.school_id, s.school_year, s.session_name, s.term_descriptor_id,
  d.namespace || '#' || d.code_value AS term_descriptor, s.begin_date, s.end_date,
  s.total_instructional_days, s.last_modified_date, s.change_version,
  sc.id AS school_resource_id, sy.id AS school_year_resource_id
  FROM sessions s
  JOIN descriptors d ON d.descriptor_id = s.term_descriptor_id
  JOIN schools sc ON sc.school_id = s.school_id
  JOIN school_year_types sy ON sy.school_year = s.school_year`

interface SessionRow {
  session_id: number
  id: string
  school_id: number
  school_year: number
  session_name: string
  term_descriptor_id: number
  term_descriptor: string
  begin_date: string
  end_date: string
  total_instructional_days: number
  last_modified_date: string
  change_version: number
  school_resource_id: string
  school_year_resource_id: string
}

export function pageQuery(select: string, request: SessionListRequest): { sql: string; params: (string | number)[] } {
  const where = sessionFilterClause(request.filters, request.schoolIds)
  const { paging } = request
  return 'offset' in paging
    ? {
        sql: `SELECT ${select} WHERE ${where.sql} ORDER BY s.session_id LIMIT ? OFFSET ?`,
        params: [...where.params, paging.limit, paging.offset],
      }
    : {
        sql: `SELECT ${select} WHERE ${where.sql} AND s.session_id BETWEEN ? AND ? ORDER BY s.session_id LIMIT ?`,
        params: [...where.params, paging.from, paging.to ?? Number.MAX_SAFE_INTEGER, paging.pageSize],
      }
}

function pageRows(db: Db, select: string, request: SessionListRequest): unknown[] {
  if (request.schoolIds.length === 0) return []
  const query = pageQuery(select, request)
  return statement(db, query.sql).all(...query.params)
}

export function listSessions(db: Db, request: SessionListRequest): StoredSession[] {
  return withChildren(db, pageRows(db, SESSION_COLUMNS, request) as SessionRow[])
}

export function findSessionsByIds(db: Db, sessionIds: readonly number[]): StoredSession[] {
  const sql = `SELECT ${SESSION_COLUMNS} WHERE s.session_id IN (SELECT value FROM json_each(?)) ORDER BY s.session_id`
  return withChildren(db, statement(db, sql).all(JSON.stringify(sessionIds)) as SessionRow[])
}

export function countSessions(db: Db, filters: SessionFilters, schoolIds: readonly number[]): number {
  if (schoolIds.length === 0) return 0
  const where = sessionFilterClause(filters, schoolIds)
  return (statement(db, `SELECT COUNT(*) AS n FROM sessions s WHERE ${where.sql}`).get(...where.params) as { n: number }).n
}

export function findSessionById(db: Db, id: string): StoredSession | undefined {
  const row = statement(db, `SELECT ${SESSION_COLUMNS} WHERE s.id = ?`).get(id) as SessionRow | undefined
  return row ? withChildren(db, [row])[0] : undefined
}

export function findSessionByKey(db: Db, key: SessionKey): StoredSession | undefined {
  const row = statement(db, `SELECT ${SESSION_COLUMNS} WHERE s.school_id = ? AND s.school_year = ? AND s.session_name = ?`).get(
    key.schoolId,
    key.schoolYear,
    key.sessionName,
  ) as SessionRow | undefined
  return row ? withChildren(db, [row])[0] : undefined
}

const GRADING_PERIODS_SQL = `
  SELECT sgp.session_id AS sessionId, d.namespace || '#' || d.code_value AS gradingPeriodDescriptor,
         gp.grading_period_name AS gradingPeriodName, gp.school_id AS schoolId, gp.school_year AS schoolYear,
         gp.grading_period_id AS gradingPeriodId, gp.id AS resourceId
    FROM session_grading_periods sgp
    JOIN grading_periods gp ON gp.grading_period_id = sgp.grading_period_id
    JOIN descriptors d ON d.descriptor_id = gp.grading_period_descriptor_id
   WHERE sgp.session_id IN (SELECT value FROM json_each(?))
   ORDER BY sgp.session_id, gp.grading_period_descriptor_id, gp.grading_period_name, gp.school_id, gp.school_year`

const ACADEMIC_WEEKS_SQL = `
  SELECT saw.session_id AS sessionId, aw.school_id AS schoolId, aw.week_identifier AS weekIdentifier,
         aw.academic_week_id AS academicWeekId, aw.id AS resourceId
    FROM session_academic_weeks saw
    JOIN academic_weeks aw ON aw.academic_week_id = saw.academic_week_id
   WHERE saw.session_id IN (SELECT value FROM json_each(?))
   ORDER BY saw.session_id, aw.school_id, aw.week_identifier`

function withChildren(db: Db, rows: SessionRow[]): StoredSession[] {
  const sessions = rows.map(toSession)
  if (sessions.length === 0) return sessions
  const bySessionId = new Map(sessions.map((s) => [s.sessionId, s]))
  const ids = JSON.stringify(sessions.map((s) => s.sessionId))
  for (const { sessionId, ...period } of statement(db, GRADING_PERIODS_SQL).all(ids) as ChildRow<StoredGradingPeriodRef>[]) {
    bySessionId.get(sessionId)?.gradingPeriods.push(period)
  }
  for (const { sessionId, ...week } of statement(db, ACADEMIC_WEEKS_SQL).all(ids) as ChildRow<StoredAcademicWeekRef>[]) {
    bySessionId.get(sessionId)?.academicWeeks.push(week)
  }
  return sessions
}

type ChildRow<Child> = Child & { sessionId: number }

function toSession(row: SessionRow): StoredSession {
  return {
    sessionId: row.session_id,
    id: row.id,
    schoolId: row.school_id,
    schoolYear: row.school_year,
    sessionName: row.session_name,
    termDescriptor: row.term_descriptor,
    termDescriptorId: row.term_descriptor_id,
    beginDate: row.begin_date,
    endDate: row.end_date,
    totalInstructionalDays: row.total_instructional_days,
    lastModifiedDate: row.last_modified_date,
    changeVersion: row.change_version,
    schoolResourceId: row.school_resource_id,
    schoolYearResourceId: row.school_year_resource_id,
    gradingPeriods: [],
    academicWeeks: [],
  }
}
