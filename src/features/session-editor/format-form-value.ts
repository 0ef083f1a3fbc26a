import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { formatDateOnly } from '../../lib/format-values.ts'
import type { ConflictField } from './conflict-merge.ts'
import type { SessionFormValues } from '../../entities/sessions/session-form-rules.ts'

export function formatFormValue(
  field: ConflictField,
  value: SessionFormValues[ConflictField],
  schoolName: (id: number) => string | undefined,
): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none'
    return value.map((row) => ('weekIdentifier' in row ? row.weekIdentifier : row.gradingPeriodName)).join(', ')
  }
  if (value === '') return '(empty)'
  if (field === 'schoolId') return `${schoolName(Number(value)) ?? 'School'} (${value})`
  if (field === 'termDescriptor') return descriptorLabel(value)
  if (field === 'beginDate' || field === 'endDate') return formatDateOnly(value)
  return value
}
