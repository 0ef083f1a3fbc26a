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

interface LoadedOptionsProps<Item> {
  items: readonly Item[]
  current: string
  emptyLabel: string
  value: (item: Item) => string
  label: (item: Item) => string
  title?: (item: Item) => string
  /** How a chosen value the list lacks (from the URL, or not loaded yet) is shown. */
  unlistedLabel?: string
}

function LoadedOptions<Item>({ items, current, emptyLabel, value, label, title, unlistedLabel = current }: LoadedOptionsProps<Item>) {
  const first = useChosenKept(current, items.length)
  return (
    <>
      <option ref={first} value="">
        {emptyLabel}
      </option>
      {items.map((item) => (
        <option key={value(item)} value={value(item)} title={title?.(item)}>
          {label(item)}
        </option>
      ))}
      {current !== '' && !items.some((item) => value(item) === current) && <option value={current}>{unlistedLabel}</option>}
    </>
  )
}

export function SchoolOptions({ snapshot, current, emptyLabel = 'All schools' }: PickerProps) {
  const schools = useSchools({ snapshot })
  return (
    <LoadedOptions
      items={schools.data ?? []}
      current={current}
      emptyLabel={schools.isPending ? `${emptyLabel} (loading names…)` : emptyLabel}
      value={(s) => String(s.schoolId)}
      label={(s) => `${s.nameOfInstitution} (${s.schoolId})`}
    />
  )
}

export function SchoolYearOptions({ snapshot, current, emptyLabel = 'All school years' }: PickerProps) {
  const years = useSchoolYears({ snapshot })
  // Newest first: stewards work on this year and the next far more than on 1991.
  const list = [...(years.data ?? [])].sort((a, b) => b.schoolYear - a.schoolYear)
  return (
    <LoadedOptions
      items={list}
      current={current}
      emptyLabel={emptyLabel}
      value={(y) => String(y.schoolYear)}
      label={(y) => `${y.schoolYear} (${y.schoolYearDescription})${y.currentSchoolYear ? ', current' : ''}`}
    />
  )
}

export function TermOptions({ snapshot, current, emptyLabel = 'All terms' }: PickerProps) {
  const terms = useTermDescriptors({ snapshot })
  const list = [...(terms.data ?? [])].sort((a, b) => a.codeValue.localeCompare(b.codeValue))
  return (
    <LoadedOptions
      items={list}
      current={current}
      emptyLabel={emptyLabel}
      value={descriptorUri}
      label={(t) => t.codeValue}
      title={descriptorUri}
      unlistedLabel={descriptorLabel(current)}
    />
  )
}
