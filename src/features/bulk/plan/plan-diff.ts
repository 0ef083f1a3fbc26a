import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import type { SessionBody } from '../../../entities/sessions/session-schema.ts'

// The field-by-field difference a dry run shows, in words a steward reads: descriptors by their
// label, lists as the names joined. Equal plans (no field differs) become "unchanged" rows.

export interface FieldChange {
  field: string
  label: string
  before: string
  after: string
}

type Reader = (s: SessionBody) => string

const sortedNames = <Item>(items: Item[] | undefined, name: (item: Item) => string) => (items ?? []).map(name).sort().join('; ')

const FIELDS: [string, string, Reader][] = [
  ['sessionName', 'Name', (s) => s.sessionName],
  ['schoolId', 'School', (s) => String(s.schoolReference.schoolId)],
  ['schoolYear', 'School year', (s) => String(s.schoolYearTypeReference.schoolYear)],
  ['termDescriptor', 'Term', (s) => descriptorLabel(s.termDescriptor)],
  ['beginDate', 'Begin date', (s) => s.beginDate],
  ['endDate', 'End date', (s) => s.endDate],
  ['totalInstructionalDays', 'Instructional days', (s) => String(s.totalInstructionalDays)],
  ['gradingPeriods', 'Grading periods', (s) => sortedNames(s.gradingPeriods, (g) => g.gradingPeriodReference.gradingPeriodName)],
  ['academicWeeks', 'Academic weeks', (s) => sortedNames(s.academicWeeks, (w) => w.academicWeekReference.weekIdentifier)],
]

/** Descriptors compare by URI, not label: two namespaces may share a code value. */
const exact: Record<string, Reader> = {
  termDescriptor: (s) => s.termDescriptor,
  gradingPeriods: (s) =>
    (s.gradingPeriods ?? [])
      .map(
        (g) =>
          `${g.gradingPeriodReference.gradingPeriodDescriptor}|${g.gradingPeriodReference.gradingPeriodName}|${g.gradingPeriodReference.schoolYear}`,
      )
      .sort()
      .join('\n'),
}

export function diffSessions(before: SessionBody | undefined, after: SessionBody | undefined): FieldChange[] {
  if (!before || !after) return []
  return FIELDS.filter(([field, , read]) => (exact[field] ?? read)(before) !== (exact[field] ?? read)(after)).map(
    ([field, label, read]) => ({
      field,
      label,
      before: read(before),
      after: read(after),
    }),
  )
}

/** What a created or deleted row shows: every field as one side of the diff. */
export function describeSession(session: SessionBody): FieldChange[] {
  return FIELDS.map(([field, label, read]) => ({ field, label, before: '', after: read(session) }))
}
