import type { StoredSession } from '../db/sessions-repo.ts'
import { etagFromLastModified } from './etag.ts'

// A stored session as Ed-Fi ODS/API v7.3 serializes it (edFi_session): members in the order of
// the schema in ../shared/edfi/sessions-openapi.json (docs/research/edfi-v73-behaviour.md §8),
// references with a `link` to the referenced resource (relative href, as the ODS writes it), and
// the _etag / _lastModifiedDate metadata last.

const link = (rel: string, collection: string, resourceId: string) => ({ rel, href: `/ed-fi/${collection}/${resourceId}` })

/**
 * Newtonsoft writes DateTime with "FFFFFFF": trailing zeros of the fraction are dropped (and the
 * dot too when nothing is left). The stored value keeps all 7 digits; the etag comes from it.
 */
export function formatLastModified(stored: string): string {
  return stored.replace(/\.(\d*?)0+Z$/, (_match, digits: string) => (digits ? `.${digits}Z` : 'Z'))
}

export function sessionJson(session: StoredSession): Record<string, unknown> {
  return {
    id: session.id,
    sessionName: session.sessionName,
    schoolReference: { schoolId: session.schoolId, link: link('School', 'schools', session.schoolResourceId) },
    schoolYearTypeReference: {
      schoolYear: session.schoolYear,
      link: link('SchoolYearType', 'schoolYearTypes', session.schoolYearResourceId),
    },
    academicWeeks: session.academicWeeks.map((week) => ({
      academicWeekReference: {
        schoolId: week.schoolId,
        weekIdentifier: week.weekIdentifier,
        link: link('AcademicWeek', 'academicWeeks', week.resourceId),
      },
    })),
    beginDate: session.beginDate,
    endDate: session.endDate,
    gradingPeriods: session.gradingPeriods.map((period) => ({
      gradingPeriodReference: {
        gradingPeriodDescriptor: period.gradingPeriodDescriptor,
        gradingPeriodName: period.gradingPeriodName,
        schoolId: period.schoolId,
        schoolYear: period.schoolYear,
        link: link('GradingPeriod', 'gradingPeriods', period.resourceId),
      },
    })),
    termDescriptor: session.termDescriptor,
    totalInstructionalDays: session.totalInstructionalDays,
    _etag: etagFromLastModified(session.lastModifiedDate),
    _lastModifiedDate: formatLastModified(session.lastModifiedDate),
  }
}
