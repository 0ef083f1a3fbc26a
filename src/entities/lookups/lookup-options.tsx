import { useLayoutEffect, useRef } from 'react'
import { descriptorUri } from './lookup-schemas.ts'
import { useSchools, useSchoolYears, useTermDescriptors } from './lookup-hooks.ts'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'

interface PickerProps {
  snapshot: boolean
  current: string
  emptyLabel?: string
}

/**
 * React sets a controlled select's value only when the select itself re-renders. These options load
 * on their own; when they arrive, the option the select had chosen is replaced and the browser would
 * fall back to the first one, so the select is told again which value is chosen.
 */
function useChosenKept(current: string, optionCount: number) {
  const first = useRef<HTMLOptionElement>(null)
  useLayoutEffect(() => {
    const select = first.current?.parentElement
    if (select instanceof HTMLSelectElement && select.value !== current) select.value = current
  }, [current, optionCount])
  return first
}

function Unlisted({ current, listed, label }: { current: string; listed: boolean; label: string }) {
  if (current === '' || listed) return null
  return <option value={current}>{label}</option>
}

export function SchoolOptions({ snapshot, current, emptyLabel = 'All schools' }: PickerProps) {
  const schools = useSchools({ snapshot })
  const list = schools.data ?? []
  const first = useChosenKept(current, list.length)
  return (
    <>
      <option ref={first} value="">
        {schools.isPending ? `${emptyLabel} (loading names…)` : emptyLabel}
      </option>
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
  const first = useChosenKept(current, list.length)
  return (
    <>
      <option ref={first} value="">
        {emptyLabel}
      </option>
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
  const first = useChosenKept(current, list.length)
  return (
    <>
      <option ref={first} value="">
        {emptyLabel}
      </option>
      {list.map((t) => (
        <option key={descriptorUri(t)} value={descriptorUri(t)} title={descriptorUri(t)}>
          {t.codeValue}
        </option>
      ))}
      <Unlisted current={current} listed={list.some((t) => descriptorUri(t) === current)} label={descriptorLabel(current)} />
    </>
  )
}
