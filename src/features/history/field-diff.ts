import { fieldDiffers, SESSION_FIELDS } from '../../lib/session-fields.ts'
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

export function diffSessions(before: SessionBody | undefined, after: SessionBody | undefined): FieldChange[] {
  return SESSION_FIELDS.map((field) => {
    const b = before ? field.read(before) : undefined
    const a = after ? field.read(after) : undefined
    const changed = before && after ? fieldDiffers(field, before, after) : b !== a
    return { field: field.field, label: field.label, before: b, after: a, changed }
  })
}

export function changedFields(before: SessionBody | undefined, after: SessionBody | undefined): FieldChange[] {
  return diffSessions(before, after).filter((change) => change.changed)
}
