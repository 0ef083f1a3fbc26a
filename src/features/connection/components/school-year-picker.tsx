import { useId } from 'react'
import { YEAR_PLACEHOLDERS } from '../../../shared/connection/route-values-store.ts'
import { useCapabilities, useRouteValues } from '../../../shared/connection/connection-context.tsx'

const YEARS_BACK = 6

/** A school year "2026" is the one that ends in 2026: shown as 2025–2026. */
const label = (year: number) => `${year - 1}–${year}`

export function SchoolYearPicker() {
  const id = useId()
  const capabilities = useCapabilities()
  const { values, set } = useRouteValues()
  const placeholder = capabilities?.routePlaceholders.find((name) => (YEAR_PLACEHOLDERS as readonly string[]).includes(name))
  if (!placeholder) return null
  const current = Number(values[placeholder])
  const thisYear = new Date().getFullYear()
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i)
  if (Number.isInteger(current) && !years.includes(current)) years.push(current)
  return (
    <p className="school-year-picker">
      <label htmlFor={id}>School year</label>{' '}
      <select id={id} value={String(current)} onChange={(event) => set(placeholder, event.target.value)}>
        {years.map((year) => (
          <option key={year} value={year}>
            {label(year)}
          </option>
        ))}
      </select>
    </p>
  )
}
