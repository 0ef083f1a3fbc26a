import type { Db } from './database.ts'

export function listGradingPeriodIds(db: Db, schoolId: number, schoolYear: number): { id: number; descriptor: string }[] {
  return db
    .prepare(
      `SELECT gp.grading_period_id AS id, d.code_value AS descriptor
         FROM grading_periods gp JOIN descriptors d ON d.descriptor_id = gp.grading_period_descriptor_id
        WHERE gp.school_id = ? AND gp.school_year = ?`,
    )
    .all(schoolId, schoolYear) as { id: number; descriptor: string }[]
}

export function listAcademicWeekIds(db: Db, schoolId: number, schoolYear: number): { id: number; beginDate: string; endDate: string }[] {
  return db
    .prepare(
      `SELECT academic_week_id AS id, begin_date AS beginDate, end_date AS endDate
         FROM academic_weeks WHERE school_id = ? AND week_identifier LIKE ? ORDER BY begin_date`,
    )
    .all(schoolId, `${schoolYear - 1}-${schoolYear} Week %`) as { id: number; beginDate: string; endDate: string }[]
}

const GENERATED_PREFIX = 'Generated Session '

export function nextGeneratedSessionNumber(db: Db): number {
  const row = db
    .prepare(`SELECT MAX(CAST(substr(session_name, ?) AS INTEGER)) AS n FROM sessions WHERE session_name LIKE ?`)
    .get(GENERATED_PREFIX.length + 1, `${GENERATED_PREFIX}%`) as { n: number | null }
  return row.n === null ? 0 : row.n + 1
}

export function generatedSessionName(n: number): string {
  return `${GENERATED_PREFIX}${String(n).padStart(7, '0')}`
}

export function countSessions(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n
}
