import type { Db } from '../db/database.ts'
import { claimsAnyDistrict, schoolIdsWithin } from '../db/authorization-repo.ts'
import type { ApiClient } from './clients.ts'
import { problems } from './problem.ts'

// Ed-Fi's relationship-based authorization: a client reads and writes a school's records only when
// the school lies within one of its education organization claims.

export function authorizedSchoolIds(db: Db, client: ApiClient): number[] {
  return schoolIdsWithin(db, client.educationOrganizationIds)
}

export function isAuthorizedForSchool(db: Db, client: ApiClient, schoolId: number): boolean {
  return authorizedSchoolIds(db, client).includes(schoolId)
}

export function noRelationship(client: ApiClient) {
  return problems.authorization([
    `No relationships have been established between the caller's education organization id claims ` +
      `(${client.educationOrganizationIds.join(', ')}) and the resource item's 'SchoolId' value.`,
  ])
}

export function assertAuthorizedForSchool(db: Db, client: ApiClient, schoolId: number): void {
  if (!isAuthorizedForSchool(db, client, schoolId)) throw noRelationship(client)
}

export function assertDistrictWide(db: Db, client: ApiClient): void {
  if (client.admin || claimsAnyDistrict(db, client.educationOrganizationIds)) return
  throw problems.authorization([
    'Shared reference data (descriptors, school years) can be changed only by a district-wide or admin client; ' +
      "the caller's claims are limited to schools.",
  ])
}

export function assertAdmin(client: ApiClient): void {
  if (!client.admin) throw problems.authorization(['This route needs an API client marked "admin" in the clients file.'])
}
