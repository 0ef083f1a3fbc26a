import { descriptorLabel } from './edfi/descriptors.ts'
import type { components } from './edfi/openapi-types.ts'

// A session's members in the order a steward reads them, each in words: descriptors by their
// label, lists as their entries sorted and joined (the API keeps no order of grading periods or
// academic weeks). The dry run of a bulk change and the history of a session both show these.

type Session = components['schemas']['edFi_session']
type Reader = (s: Session) => string

export interface SessionField {
  field: string
  label: string
  read: Reader
  /** What decides whether two versions differ, where the words could hide a difference. */
  exact?: Reader
}

const sortedList = (items: string[]) => [...items].sort((a, b) => a.localeCompare(b)).join('; ')
const gradingPeriods = (s: Session) => (s.gradingPeriods ?? []).map((g) => g.gradingPeriodReference)

export const SESSION_FIELDS: readonly SessionField[] = [
  { field: 'sessionName', label: 'Session name', read: (s) => s.sessionName },
  { field: 'schoolId', label: 'School', read: (s) => String(s.schoolReference.schoolId) },
  { field: 'schoolYear', label: 'School year', read: (s) => String(s.schoolYearTypeReference.schoolYear) },
  // Descriptors compare by URI, not label: two namespaces may share a code value.
  { field: 'termDescriptor', label: 'Term', read: (s) => descriptorLabel(s.termDescriptor), exact: (s) => s.termDescriptor },
  { field: 'beginDate', label: 'Begin date', read: (s) => s.beginDate },
  { field: 'endDate', label: 'End date', read: (s) => s.endDate },
  { field: 'totalInstructionalDays', label: 'Total instructional days', read: (s) => String(s.totalInstructionalDays) },
  {
    field: 'gradingPeriods',
    label: 'Grading periods',
    read: (s) =>
      sortedList(gradingPeriods(s).map((g) => `${descriptorLabel(g.gradingPeriodDescriptor)} ${g.gradingPeriodName} (${g.schoolYear})`)),
    exact: (s) => sortedList(gradingPeriods(s).map((g) => `${g.gradingPeriodDescriptor}|${g.gradingPeriodName}|${g.schoolYear}`)),
  },
  {
    field: 'academicWeeks',
    label: 'Academic weeks',
    read: (s) => sortedList((s.academicWeeks ?? []).map((w) => w.academicWeekReference.weekIdentifier)),
  },
]

export function fieldDiffers({ read, exact = read }: SessionField, before: Session, after: Session): boolean {
  return exact(before) !== exact(after)
}
