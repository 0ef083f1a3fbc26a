import { COURSE_OFFERING_SPEC, courseOfferingRowWrite, deleteCourseOffering, storedSessionName } from '../db/course-offerings-repo.ts'
import type { CourseOfferingInput, CourseOfferingRow } from '../db/course-offerings-repo.ts'
import { schoolExists } from '../db/lookups-write-repo.ts'
import { findRowById } from '../db/resource-rows.ts'
import { assertAuthorizedForSchool } from './authorization.ts'
import { BodyReader, objectBody } from './body-reader.ts'
import { link, metadata } from './lookup-json.ts'
import { problems } from './problem.ts'
import { assertIfMatch, upsertResource, type ResourceWriteRequest, type UpsertResult } from './resource-writes.ts'

// Course offerings exist so sessions have dependents: key changes cascade into them, and a session
// DELETE meets 409 dependent-item-exists.

/** schoolReference.schoolId and sessionReference.schoolId are one column: they must agree (key unification). */
function unifySchoolId(r: BodyReader, schoolId: number | undefined, sessionSchoolId: number | undefined): void {
  if (schoolId === undefined || sessionSchoolId === undefined || schoolId === sessionSchoolId) return
  const message =
    "All values supplied for 'schoolId' must match. Review all references and align the following conflicting values: " +
    `'${schoolId}', '${sessionSchoolId}'`
  r.addRule('schoolReference.schoolId', message)
  r.addRule('sessionReference.schoolId', message)
}

export function readCourseOfferingBody(body: unknown): CourseOfferingInput {
  const r = new BodyReader(objectBody(body, 'CourseOffering'))
  const localCourseCode = r.text('localCourseCode', 'LocalCourseCode', { required: true, min: 1, max: 60, identity: true })
  const localCourseTitle = r.text('localCourseTitle', 'LocalCourseTitle', { max: 60 })
  r.reference('courseReference', 'CourseReference', [
    ['courseCode', 'CourseCode'],
    ['educationOrganizationId', 'EducationOrganizationId'],
  ])
  const courseCode = r.text('courseReference.courseCode', 'CourseCode', { max: 60, identity: true })
  const edOrgRule = { int64: true, nonZero: true }
  const educationOrganizationId = r.int('courseReference.educationOrganizationId', 'EducationOrganizationId', edOrgRule)
  r.reference('schoolReference', 'SchoolReference', [['schoolId', 'SchoolId']])
  const schoolId = r.int('schoolReference.schoolId', 'SchoolId', { int64: true, nonZero: true })
  const sessionMembers = [
    ['schoolId', 'SchoolId'],
    ['schoolYear', 'SchoolYear'],
    ['sessionName', 'SessionName'],
  ] as const
  r.reference('sessionReference', 'SessionReference', sessionMembers)
  const sessionSchoolId = r.int('sessionReference.schoolId', 'SchoolId', { int64: true, nonZero: true })
  const schoolYear = r.int('sessionReference.schoolYear', 'SchoolYear', { nonZero: true })
  const sessionName = r.text('sessionReference.sessionName', 'SessionName', { max: 60, identity: true })
  unifySchoolId(r, schoolId, sessionSchoolId)
  r.finish()
  return {
    localCourseCode: localCourseCode!,
    localCourseTitle: localCourseTitle ?? null,
    schoolId: schoolId!,
    schoolYear: schoolYear!,
    sessionName: sessionName!,
    courseCode: courseCode!,
    educationOrganizationId: educationOrganizationId!,
  }
}

export function courseOfferingJson(row: CourseOfferingRow): Record<string, unknown> & { _etag: string } {
  return {
    id: row.id,
    localCourseCode: row.localCourseCode,
    // Courses are no resource of this server: the reference carries its key without a link.
    courseReference: { courseCode: row.courseCode, educationOrganizationId: row.educationOrganizationId },
    schoolReference: { schoolId: row.schoolId, link: link('School', 'schools', row.schoolResourceId) },
    sessionReference: {
      schoolId: row.schoolId,
      schoolYear: row.schoolYear,
      sessionName: row.sessionName,
      link: link('Session', 'sessions', row.sessionResourceId),
    },
    ...(row.localCourseTitle === null ? {} : { localCourseTitle: row.localCourseTitle }),
    ...metadata(row.lastModifiedDate),
  }
}

/** POST: School, then Session must exist (409), then the caller must be authorized for the school (403). */
export function writeCourseOffering(request: ResourceWriteRequest, input: CourseOfferingInput): UpsertResult {
  const { db, client } = request
  return upsertResource(request, () => {
    if (!schoolExists(db, input.schoolId)) throw problems.unresolvedReference('School')
    const sessionName = storedSessionName(db, input)
    if (sessionName === undefined) throw problems.unresolvedReference('Session')
    assertAuthorizedForSchool(db, client, input.schoolId)
    return courseOfferingRowWrite({ ...input, sessionName })
  })
}

export function removeCourseOffering(request: ResourceWriteRequest, id: string): void {
  const { db } = request
  db.transaction(() => {
    const row = findRowById<CourseOfferingRow>(db, COURSE_OFFERING_SPEC, id)
    if (!row) throw problems.deleteTargetNotFound()
    assertAuthorizedForSchool(db, request.client, row.schoolId)
    assertIfMatch(request.ifMatch, row.lastModifiedDate)
    deleteCourseOffering(db, id)
  }).immediate()
}
