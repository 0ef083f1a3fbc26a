import { useId } from 'react'
import { newestFirst } from '../../../entities/lookups/current-school-year.ts'
import type { SchoolYearType } from '../../../entities/lookups/lookup-schemas.ts'

interface YearPickerProps {
  value: number | undefined
  years: readonly SchoolYearType[]
  onChange: (schoolYear: number) => void
}

/** School years newest first, the current one marked. */
export function YearPicker({ value, years, onChange }: YearPickerProps) {
  const id = useId()
  return (
    <div className="form-field">
      <label htmlFor={id}>School year</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
        {value !== undefined && !years.some((y) => y.schoolYear === value) && <option value={value}>{value}</option>}
        {newestFirst(years).map((y) => (
          <option key={y.schoolYear} value={y.schoolYear}>
            {y.schoolYearDescription}
            {y.currentSchoolYear ? ' (current)' : ''}
          </option>
        ))}
      </select>
    </div>
  )
}
