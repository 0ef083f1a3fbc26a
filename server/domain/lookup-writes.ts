import type { Db } from '../db/database.ts'
import { localEducationAgencyExists, lookupRowWrite, schoolExists, schoolYearExists, type LookupInput } from '../db/lookups-write-repo.ts'
import { assertAuthorizedForSchool, isAuthorizedForSchool } from './authorization.ts'
import type { ApiClient } from './clients.ts'
import { problems } from './problem.ts'
import { upsertResource, type ResourceWriteRequest, type UpsertResult } from './resource-writes.ts'

// POST upsert of a lookup resource: its references must exist (409 unresolved reference, checked
// first, so a write naming an unknown school is told so), then the caller must be authorized for
// the school it writes. School years and descriptors belong to no school: any client may write them.

function unauthorized(client: ApiClient) {
  return problems.authorization([
    `No relationships have been established between the caller's education organization id claims (${client.educationOrganizationIds.join(', ')}) and the resource item's 'SchoolId' value.`,
  ])
}

/**
 * A school may be written by a client whose claims cover it both as stored (its current LEA) and as
 * written (the school itself or the LEA the body names), so no client can move another district's
 * school into its own.
 */
function assertMayWriteSchool(db: Db, client: ApiClient, input: Extract<LookupInput, { kind: 'school' }>): void {
  const claims = client.educationOrganizationIds
  const coversWritten = claims.includes(input.schoolId) || (input.localEducationAgencyId !== null && claims.includes(input.localEducationAgencyId))
  const coversStored = !schoolExists(db, input.schoolId) || isAuthorizedForSchool(db, client, input.schoolId)
  if (!coversWritten || !coversStored) throw unauthorized(client)
}

function check(db: Db, client: ApiClient, input: LookupInput): void {
  switch (input.kind) {
    case 'school':
      if (input.localEducationAgencyId !== null && !localEducationAgencyExists(db, input.localEducationAgencyId)) {
        throw problems.unresolvedReference('LocalEducationAgency')
      }
      assertMayWriteSchool(db, client, input)
      return
    case 'gradingPeriod':
      if (!schoolExists(db, input.schoolId)) throw problems.unresolvedReference('School')
      if (!schoolYearExists(db, input.schoolYear)) throw problems.unresolvedReference('SchoolYearType')
      assertAuthorizedForSchool(db, client, input.schoolId)
      return
    case 'academicWeek':
      if (!schoolExists(db, input.schoolId)) throw problems.unresolvedReference('School')
      assertAuthorizedForSchool(db, client, input.schoolId)
      return
    case 'schoolYearType':
    case 'descriptor':
      return
  }
}

export function writeLookup(request: ResourceWriteRequest, input: LookupInput): UpsertResult {
  return upsertResource(request, () => {
    check(request.db, request.client, input)
    return lookupRowWrite(input)
  })
}
