import { fieldDiffers, SESSION_FIELDS, type SessionField } from '../../../lib/session-fields.ts'
import type { SessionBody } from '../../../entities/sessions/session-schema.ts'

// The field-by-field difference a dry run shows, in the words of lib/session-fields.ts. Equal plans
// (no field differs) become "unchanged" rows.

export interface FieldChange {
  field: string
  label: string
  before: string
  after: string
}

// The dry run speaks the words of the bulk forms and the spreadsheet.
const LABELS: Record<string, string> = { sessionName: 'Name', totalInstructionalDays: 'Instructional days' }

const inWords = ({ field, label, read }: SessionField, before: SessionBody | undefined, after: SessionBody) => ({
  field,
  label: LABELS[field] ?? label,
  before: before ? read(before) : '',
  after: read(after),
})

export function diffSessions(before: SessionBody | undefined, after: SessionBody | undefined): FieldChange[] {
  if (!before || !after) return []
  return SESSION_FIELDS.filter((field) => fieldDiffers(field, before, after)).map((field) => inWords(field, before, after))
}

/** What a created or deleted row shows: every field as one side of the diff. */
export function describeSession(session: SessionBody): FieldChange[] {
  return SESSION_FIELDS.map((field) => inWords(field, undefined, session))
}
