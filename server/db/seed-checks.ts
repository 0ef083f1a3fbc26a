import type { Db } from './database.ts'

const count = (db: Db, sql: string, ...params: (string | number)[]) => (db.prepare(sql).get(...params) as { n: number }).n

export function tableCounts(db: Db) {
  return {
    termDescriptors: count(db, "SELECT COUNT(*) AS n FROM descriptors WHERE kind = 'TermDescriptor'"),
    gradingPeriodDescriptors: count(db, "SELECT COUNT(*) AS n FROM descriptors WHERE kind = 'GradingPeriodDescriptor'"),
    schoolYearTypes: count(db, 'SELECT COUNT(*) AS n FROM school_year_types'),
    schools: count(db, 'SELECT COUNT(*) AS n FROM schools'),
    gradingPeriods: count(db, 'SELECT COUNT(*) AS n FROM grading_periods'),
    academicWeeks: count(db, 'SELECT COUNT(*) AS n FROM academic_weeks'),
    sessions: count(db, 'SELECT COUNT(*) AS n FROM sessions'),
    sessionGradingPeriods: count(db, 'SELECT COUNT(*) AS n FROM session_grading_periods'),
    sessionAcademicWeeks: count(db, 'SELECT COUNT(*) AS n FROM session_academic_weeks'),
    courseOfferings: count(db, 'SELECT COUNT(*) AS n FROM course_offerings'),
  }
}

export function seedIntegrity(db: Db) {
  return {
    gradingPeriodLinkMismatches: count(
      db,
      `SELECT COUNT(*) AS n FROM session_grading_periods l
         JOIN sessions s USING (session_id) JOIN grading_periods g USING (grading_period_id)
        WHERE g.school_id <> s.school_id OR g.school_year <> s.school_year`,
    ),
    academicWeekLinkMismatches: count(
      db,
      `SELECT COUNT(*) AS n FROM session_academic_weeks l JOIN sessions s USING (session_id) JOIN academic_weeks w USING (academic_week_id)
        WHERE w.school_id <> s.school_id OR w.begin_date < s.begin_date OR w.end_date > s.end_date`,
    ),
    changeVersionInversions: count(
      db,
      `SELECT COUNT(*) AS n FROM (SELECT change_version, LAG(change_version) OVER (ORDER BY session_id) AS previous FROM sessions)
        WHERE previous >= change_version`,
    ),
    duplicateChangeVersions: count(db, 'SELECT COUNT(*) - COUNT(DISTINCT change_version) AS n FROM sessions'),
    badSessionDates: count(db, 'SELECT COUNT(*) AS n FROM sessions WHERE begin_date > end_date OR total_instructional_days < 0'),
    badResourceIds: count(
      db,
      `SELECT COUNT(*) AS n FROM (SELECT id FROM sessions UNION ALL SELECT id FROM schools UNION ALL SELECT id FROM descriptors
         UNION ALL SELECT id FROM grading_periods UNION ALL SELECT id FROM academic_weeks UNION ALL SELECT id FROM course_offerings)
        WHERE length(id) <> 32 OR id GLOB '*[^0-9a-f]*'`,
    ),
    shortWeekIdentifiers: count(db, 'SELECT COUNT(*) AS n FROM academic_weeks WHERE length(week_identifier) < 5'),
    shortDescriptionMismatches: count(db, 'SELECT COUNT(*) AS n FROM descriptors WHERE short_description <> code_value'),
    foreignKeyViolations: (db.pragma('foreign_key_check') as unknown[]).length,
  }
}

export function calendarYears(db: Db, schoolId: number): { gradingPeriods: number[]; academicWeekLabels: number } {
  const years = db.prepare('SELECT DISTINCT school_year AS y FROM grading_periods WHERE school_id = ? ORDER BY y').all(schoolId) as {
    y: number
  }[]
  return {
    gradingPeriods: years.map((r) => r.y),
    academicWeekLabels: count(
      db,
      'SELECT COUNT(DISTINCT substr(week_identifier, 1, 9)) AS n FROM academic_weeks WHERE school_id = ?',
      schoolId,
    ),
  }
}

export function currentSchoolYears(db: Db): number[] {
  return (db.prepare('SELECT school_year AS y FROM school_year_types WHERE current_school_year = 1').all() as { y: number }[]).map(
    (r) => r.y,
  )
}

export function generatedStats(db: Db) {
  const where = "WHERE session_name LIKE 'Generated Session %'"
  return {
    rows: count(db, `SELECT COUNT(*) AS n FROM sessions ${where}`),
    distinctKeys: count(db, `SELECT COUNT(*) AS n FROM (SELECT DISTINCT school_id, school_year, session_name FROM sessions ${where})`),
    distinctIds: count(db, `SELECT COUNT(DISTINCT id) AS n FROM sessions ${where}`),
    schools: count(db, `SELECT COUNT(DISTINCT school_id) AS n FROM sessions ${where}`),
    schoolYears: count(db, `SELECT COUNT(DISTINCT school_year) AS n FROM sessions ${where}`),
    schoolYearPairs: count(db, `SELECT COUNT(*) AS n FROM (SELECT DISTINCT school_id, school_year FROM sessions ${where})`),
  }
}
