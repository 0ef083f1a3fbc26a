import type { StoredSession } from '../db/sessions-repo.ts'
import { etagFromLastModified } from './etag.ts'

// A session as v7.3 serializes it: schema member order, references with a relative `link`, metadata last.

const link = (rel: string, collection: string, resourceId: string) => ({ rel, href: `/ed-fi/${collection}/${resourceId}` })

/** Newtonsoft's "FFFFFFF": trailing zeros of the fraction dropped; the stored value keeps all 7 digits. */
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
