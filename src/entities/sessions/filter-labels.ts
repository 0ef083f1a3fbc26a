import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { NARROWING_KEYS, type Narrowing, type NarrowingKey } from './sessions-search.ts'
import { formatDateOnly } from '../../lib/format-values.ts'
import type { SessionLookups } from '../lookups/use-session-lookups.ts'

export const FILTER_LABELS: Record<NarrowingKey, string> = {
  schoolId: 'School',
  schoolYear: 'School year',
  sessionName: 'Session name',
  termDescriptor: 'Term',
  beginDate: 'Begin date',
  endDate: 'End date',
  totalInstructionalDays: 'Instructional days',
  id: 'ID',
  minChangeVersion: 'Change version from',
  maxChangeVersion: 'Change version to',
}

export interface AppliedFilter {
  key: NarrowingKey
  label: string
  text: string
}

export function describeFilters(narrowing: Narrowing, lookups: SessionLookups): AppliedFilter[] {
  return NARROWING_KEYS.flatMap((key) => {
    const value = narrowing[key]
    if (value === undefined) return []
    return [{ key, label: FILTER_LABELS[key], text: describeValue(key, value, lookups) }]
  })
}

function describeValue(key: NarrowingKey, value: string | number, lookups: SessionLookups): string {
  switch (key) {
    case 'schoolId': {
      const name = lookups.schoolName(Number(value))
      return name ? `${name} (${value})` : String(value)
    }
    case 'schoolYear': {
      const description = lookups.yearDescription(Number(value))
      return description ? `${value} (${description})` : String(value)
    }
    case 'termDescriptor':
      return descriptorLabel(String(value))
    case 'beginDate':
    case 'endDate':
      return formatDateOnly(String(value))
    default:
      return String(value)
  }
}
