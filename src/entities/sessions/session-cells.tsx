import { useDetailsMode } from '../../lib/details-mode.ts'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { formatDateOnly, formatRelative, formatTimestamp } from '../../lib/format-values.ts'
import './session-cells.css'

export function DateOnly({ value }: { value: string }) {
  return (
    <time dateTime={value} title={value}>
      {formatDateOnly(value)}
    </time>
  )
}

export function LastModified({ value }: { value: string | undefined }) {
  if (!value) return <span className="muted">not sent</span>
  return (
    <time dateTime={value} title={formatTimestamp(value)}>
      {formatRelative(value)}
    </time>
  )
}

export function DescriptorValue({ uri }: { uri: string }) {
  return <DescriptorLabel uri={uri} details={useDetailsMode()} />
}

export function DescriptorLabel({ uri, details }: { uri: string; details: boolean }) {
  if (!details) return <span className="descriptor">{descriptorLabel(uri)}</span>
  return (
    <span className="descriptor" title={uri}>
      {descriptorLabel(uri)}
      <span className="descriptor-uri" aria-hidden="true">
        {uri}
      </span>
    </span>
  )
}

export function SchoolValue({ schoolId, name }: { schoolId: number; name: string | undefined }) {
  return (
    <span className="school" title={name ? `${name}, school ${schoolId}` : undefined}>
      {name && <span className="school-name">{name}</span>} <span className="school-id">{schoolId}</span>
    </span>
  )
}

/** Ed-Fi names a school year by the calendar year it ends in (2022 = 2021-2022). */
export function SchoolYearValue({
  schoolYear,
  description,
  compact = false,
}: {
  schoolYear: number
  description: string | undefined
  compact?: boolean
}) {
  if (compact) return <span title={description}>{schoolYear}</span>
  return (
    <span className="school-year">
      {schoolYear}
      {description && <span className="school-year-description"> ({description})</span>}
    </span>
  )
}
