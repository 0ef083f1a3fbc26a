import type { Db } from '../db/database.ts'
import {
  clearOtherCurrentSchoolYears,
  localEducationAgencyExists,
  lookupRowWrite,
  schoolYearExists,
  storedSchoolDistrict,
  type LookupInput,
} from '../db/lookups-write-repo.ts'
import { assertAuthorizedForSchool, assertDistrictWide, noRelationship } from './authorization.ts'
import type { ApiClient } from './clients.ts'
import { problems } from './problem.ts'
import { upsertResource, writeStamp, type ResourceWriteRequest, type UpsertResult } from './resource-writes.ts'

// Authorization first, then references (409). A school's district, descriptors and school years are
// shared by every school, so only a district-wide or admin client may change them.

type SchoolInput = Extract<LookupInput, { kind: 'school' }>

function assertMayWriteSchool(db: Db, client: ApiClient, input: SchoolInput): void {
  const claims = client.educationOrganizationIds
  const written = input.localEducationAgencyId
  const stored = storedSchoolDistrict(db, input.schoolId)
  if (stored !== undefined) assertAuthorizedForSchool(db, client, input.schoolId)
  if (stored === written) return
  // A new school, or a school changing district: the caller must claim every district involved,
  // so a one-school client can neither move its school elsewhere nor take it out of its district.
  const districts = [stored, written].filter((id): id is number => typeof id === 'number')
  const newWithoutDistrict = stored === undefined && written === null
  if (newWithoutDistrict ? !claims.includes(input.schoolId) : !districts.every((id) => claims.includes(id))) throw noRelationship(client)
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
      assertAuthorizedForSchool(db, client, input.schoolId)
      if (!schoolYearExists(db, input.schoolYear)) throw problems.unresolvedReference('SchoolYearType')
      return
    case 'academicWeek':
      // Authorization first: a school the client has no relationship with is a 403, known or not.
      assertAuthorizedForSchool(db, client, input.schoolId)
      return
    case 'schoolYearType':
      assertDistrictWide(db, client)
      if (input.currentSchoolYear) clearOtherCurrentSchoolYears(db, input.schoolYear, () => writeStamp(db))
      return
    case 'descriptor':
      assertDistrictWide(db, client)
      return
  }
}

export function writeLookup(request: ResourceWriteRequest, input: LookupInput): UpsertResult {
  return upsertResource(request, () => {
    check(request.db, request.client, input)
    return lookupRowWrite(input)
  })
}
