import type { SessionFormValues } from '../../entities/sessions/session-form-rules.ts'

export type ConflictField = keyof SessionFormValues
export type Side = 'mine' | 'theirs'

const CONFLICT_LABELS: Record<ConflictField, string> = {
  sessionName: 'Session name',
  schoolId: 'School',
  schoolYear: 'School year',
  termDescriptor: 'Term',
  beginDate: 'Begin date',
  endDate: 'End date',
  totalInstructionalDays: 'Instructional days',
  gradingPeriods: 'Grading periods',
  academicWeeks: 'Academic weeks',
}
const CONFLICT_FIELDS = (Object.keys(CONFLICT_LABELS) as ConflictField[]).map((field) => ({ field, label: CONFLICT_LABELS[field] }))

export interface ConflictRow {
  field: ConflictField
  label: string
  original: SessionFormValues[ConflictField]
  mine: SessionFormValues[ConflictField]
  theirs: SessionFormValues[ConflictField]
  changedByMe: boolean
  changedByThem: boolean
  differs: boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export function conflictRows(original: SessionFormValues, mine: SessionFormValues, theirs: SessionFormValues): ConflictRow[] {
  return CONFLICT_FIELDS.map(({ field, label }) => ({
    field,
    label,
    original: original[field],
    mine: mine[field],
    theirs: theirs[field],
    changedByMe: !same(original[field], mine[field]),
    changedByThem: !same(original[field], theirs[field]),
    differs: !same(mine[field], theirs[field]),
  }))
}

/**
 * The side proposed for each differing field: theirs where only they changed it (so my save does
 * not undo their work), mine where I changed it. Fields changed by both start on mine, and are
 * marked so the steward looks at them.
 */
export function defaultChoices(rows: readonly ConflictRow[]): Partial<Record<ConflictField, Side>> {
  const choices: Partial<Record<ConflictField, Side>> = {}
  for (const row of rows) if (row.differs) choices[row.field] = row.changedByMe ? 'mine' : 'theirs'
  return choices
}

export function mergeChoices(
  mine: SessionFormValues,
  theirs: SessionFormValues,
  choices: Partial<Record<ConflictField, Side>>,
): SessionFormValues {
  const merged = { ...theirs }
  for (const { field } of CONFLICT_FIELDS) {
    if (choices[field] === 'mine') (merged as Record<ConflictField, unknown>)[field] = mine[field]
  }
  return merged
}
