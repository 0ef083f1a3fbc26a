import { statement, type Db } from './database.ts'

export function schoolIdsWithin(db: Db, educationOrganizationIds: readonly number[]): number[] {
  if (educationOrganizationIds.length === 0) return []
  const placeholders = educationOrganizationIds.map(() => '?').join(', ')
  const rows = statement(
    db,
    `SELECT school_id FROM schools
      WHERE school_id IN (${placeholders}) OR local_education_agency_id IN (${placeholders})
      ORDER BY school_id`,
  ).all(...educationOrganizationIds, ...educationOrganizationIds) as { school_id: number }[]
  return rows.map((row) => row.school_id)
}

export function claimsAnyDistrict(db: Db, educationOrganizationIds: readonly number[]): boolean {
  if (educationOrganizationIds.length === 0) return false
  const placeholders = educationOrganizationIds.map(() => '?').join(', ')
  const sql = `SELECT 1 FROM local_education_agencies WHERE local_education_agency_id IN (${placeholders})`
  return statement(db, sql).get(...educationOrganizationIds) !== undefined
}
