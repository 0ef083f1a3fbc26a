import type { Db } from './database.ts'

/** A school's grading periods of one year, with their descriptor code value (for linking seeded sessions). */
export function listGradingPeriodIds(db: Db, schoolId: number, schoolYear: number): { id: number; descriptor: string }[] {
  return db
    .prepare(
      `SELECT gp.grading_period_id AS id, d.code_value AS descriptor
         FROM grading_periods gp JOIN descriptors d ON d.descriptor_id = gp.grading_period_descriptor_id
        WHERE gp.school_id = ? AND gp.school_year = ?`,
    )
    .all(schoolId, schoolYear) as { id: number; descriptor: string }[]
}

/** A school's academic weeks whose names carry the given school year ("2021-2022 Week 01"). */
export function listAcademicWeekIds(db: Db, schoolId: number, schoolYear: number): { id: number; beginDate: string; endDate: string }[] {
  return db
    .prepare(
      `SELECT academic_week_id AS id, begin_date AS beginDate, end_date AS endDate
         FROM academic_weeks WHERE school_id = ? AND week_identifier LIKE ? ORDER BY begin_date`,
    )
    .all(schoolId, `${schoolYear - 1}-${schoolYear} Week %`) as { id: number; beginDate: string; endDate: string }[]
}
