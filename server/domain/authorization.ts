import type { Db } from '../db/database.ts'
import { schoolIdsWithin } from '../db/authorization-repo.ts'
import type { ApiClient } from './clients.ts'
import { problems } from './problem.ts'

// Ed-Fi's relationship-based authorization for Session: a client may read and write a session only
// when its SchoolId lies within one of the client's education organization claims.

export function authorizedSchoolIds(db: Db, client: ApiClient): number[] {
  return schoolIdsWithin(db, client.educationOrganizationIds)
}

export function isAuthorizedForSchool(db: Db, client: ApiClient, schoolId: number): boolean {
  return authorizedSchoolIds(db, client).includes(schoolId)
}

/** 403 with Ed-Fi's wording, e.g. "...claims (255901) and the resource item's 'SchoolId' value." */
export function assertAuthorizedForSchool(db: Db, client: ApiClient, schoolId: number): void {
  if (isAuthorizedForSchool(db, client, schoolId)) return
  throw problems.authorization([
    `No relationships have been established between the caller's education organization id claims (${client.educationOrganizationIds.join(', ')}) and the resource item's 'SchoolId' value.`,
  ])
}
