import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import type { SessionBody } from '../../entities/sessions/session-schema.ts'

// Field-by-field comparison of two versions of a session, in the order a steward reads a session.
// Lists (grading periods, academic weeks) compare as sets: the API does not keep their order.

export interface FieldChange {
  field: string
  label: string
  before: string | undefined
  after: string | undefined
  changed: boolean
}

type Reader = (s: SessionBody) => string

const gradingPeriod = (g: NonNullable<SessionBody['gradingPeriods']>[number]['gradingPeriodReference']) =>
  `${descriptorLabel(g.gradingPeriodDescriptor)} ${g.gradingPeriodName} (${g.schoolYear})`

const sortedList = (items: string[]) => [...items].sort((a, b) => a.localeCompare(b)).join('; ')

const FIELDS: [field: string, label: string, read: Reader][] = [
  ['sessionName', 'Session name', (s) => s.sessionName],
  ['schoolId', 'School', (s) => String(s.schoolReference.schoolId)],
  ['schoolYear', 'School year', (s) => String(s.schoolYearTypeReference.schoolYear)],
  ['termDescriptor', 'Term', (s) => descriptorLabel(s.termDescriptor)],
  ['beginDate', 'Begin date', (s) => s.beginDate],
  ['endDate', 'End date', (s) => s.endDate],
  ['totalInstructionalDays', 'Total instructional days', (s) => String(s.totalInstructionalDays)],
  ['gradingPeriods', 'Grading periods', (s) => sortedList((s.gradingPeriods ?? []).map((g) => gradingPeriod(g.gradingPeriodReference)))],
  ['academicWeeks', 'Academic weeks', (s) => sortedList((s.academicWeeks ?? []).map((w) => w.academicWeekReference.weekIdentifier))],
]

export function diffSessions(before: SessionBody | undefined, after: SessionBody | undefined): FieldChange[] {
  return FIELDS.map(([field, label, read]) => {
    const b = before ? read(before) : undefined
    const a = after ? read(after) : undefined
    return { field, label, before: b, after: a, changed: b !== a }
  })
}

export function changedFields(before: SessionBody | undefined, after: SessionBody | undefined): FieldChange[] {
  return diffSessions(before, after).filter((change) => change.changed)
}
