import type { DescriptorRow, LookupName, LookupRows } from '../db/lookups-repo.ts'
import { etagFromLastModified } from './etag.ts'
import { formatLastModified } from './session-json.ts'

// Stored lookup rows as the ODS serializes them: Ed-Fi member names, references with a `link`
// (relative href, as in session-json.ts), null members left out, _etag and _lastModifiedDate last.

export const link = (rel: string, collection: string, resourceId: string) => ({ rel, href: `/ed-fi/${collection}/${resourceId}` })

export function metadata(lastModifiedDate: string) {
  return { _etag: etagFromLastModified(lastModifiedDate), _lastModifiedDate: formatLastModified(lastModifiedDate) }
}

const optional = (name: string, value: unknown) => (value === null || value === undefined ? {} : { [name]: value })

function descriptorJson(idMember: string) {
  return (row: DescriptorRow) => ({
    id: row.id,
    [idMember]: row.descriptorId,
    codeValue: row.codeValue,
    ...optional('description', row.description),
    namespace: row.namespace,
    shortDescription: row.shortDescription,
    ...metadata(row.lastModifiedDate),
  })
}

export const LOOKUP_JSON: { [N in LookupName]: (row: LookupRows[N]) => Record<string, unknown> } = {
  schools: (row) => ({
    id: row.id,
    schoolId: row.schoolId,
    ...optional(
      'localEducationAgencyReference',
      row.localEducationAgencyId === null ? null : { localEducationAgencyId: row.localEducationAgencyId },
    ),
    nameOfInstitution: row.nameOfInstitution,
    ...optional('shortNameOfInstitution', row.shortNameOfInstitution),
    ...metadata(row.lastModifiedDate),
  }),
  schoolYearTypes: (row) => ({
    id: row.id,
    schoolYear: row.schoolYear,
    currentSchoolYear: row.currentSchoolYear === 1,
    schoolYearDescription: row.schoolYearDescription,
    ...metadata(row.lastModifiedDate),
  }),
  termDescriptors: descriptorJson('termDescriptorId'),
  gradingPeriodDescriptors: descriptorJson('gradingPeriodDescriptorId'),
  gradingPeriods: (row) => ({
    id: row.id,
    gradingPeriodDescriptor: row.gradingPeriodDescriptor,
    gradingPeriodName: row.gradingPeriodName,
    schoolReference: { schoolId: row.schoolId, link: link('School', 'schools', row.schoolResourceId) },
    schoolYearTypeReference: { schoolYear: row.schoolYear, link: link('SchoolYearType', 'schoolYearTypes', row.schoolYearResourceId) },
    beginDate: row.beginDate,
    endDate: row.endDate,
    ...optional('periodSequence', row.periodSequence),
    totalInstructionalDays: row.totalInstructionalDays,
    ...metadata(row.lastModifiedDate),
  }),
  academicWeeks: (row) => ({
    id: row.id,
    weekIdentifier: row.weekIdentifier,
    schoolReference: { schoolId: row.schoolId, link: link('School', 'schools', row.schoolResourceId) },
    beginDate: row.beginDate,
    endDate: row.endDate,
    totalInstructionalDays: row.totalInstructionalDays,
    ...metadata(row.lastModifiedDate),
  }),
}
