import { descriptorUri } from './lookup-schemas.ts'
import { useSchools, useSchoolYears, useTermDescriptors } from './lookup-hooks.ts'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'

interface PickerProps {
  snapshot: boolean
  current: string
  emptyLabel?: string
}

function Unlisted({ current, listed, label }: { current: string; listed: boolean; label: string }) {
  if (current === '' || listed) return null
  return <option value={current}>{label}</option>
}

export function SchoolOptions({ snapshot, current, emptyLabel = 'All schools' }: PickerProps) {
  const schools = useSchools({ snapshot })
  const list = schools.data ?? []
  return (
    <>
      <option value="">{schools.isPending ? `${emptyLabel} (loading names…)` : emptyLabel}</option>
      {list.map((s) => (
        <option key={s.schoolId} value={s.schoolId}>
          {s.nameOfInstitution} ({s.schoolId})
        </option>
      ))}
      <Unlisted current={current} listed={list.some((s) => String(s.schoolId) === current)} label={current} />
    </>
  )
}

export function SchoolYearOptions({ snapshot, current, emptyLabel = 'All school years' }: PickerProps) {
  const years = useSchoolYears({ snapshot })
  // Newest first: stewards work on this year and the next far more than on 1991.
  const list = [...(years.data ?? [])].sort((a, b) => b.schoolYear - a.schoolYear)
  return (
    <>
      <option value="">{emptyLabel}</option>
      {list.map((y) => (
        <option key={y.schoolYear} value={y.schoolYear}>
          {y.schoolYear} ({y.schoolYearDescription}){y.currentSchoolYear ? ', current' : ''}
        </option>
      ))}
      <Unlisted current={current} listed={list.some((y) => String(y.schoolYear) === current)} label={current} />
    </>
  )
}

export function TermOptions({ snapshot, current, emptyLabel = 'All terms' }: PickerProps) {
  const terms = useTermDescriptors({ snapshot })
  const list = [...(terms.data ?? [])].sort((a, b) => a.codeValue.localeCompare(b.codeValue))
  return (
    <>
      <option value="">{emptyLabel}</option>
      {list.map((t) => (
        <option key={descriptorUri(t)} value={descriptorUri(t)} title={descriptorUri(t)}>
          {t.codeValue}
        </option>
      ))}
      <Unlisted current={current} listed={list.some((t) => descriptorUri(t) === current)} label={descriptorLabel(current)} />
    </>
  )
}
