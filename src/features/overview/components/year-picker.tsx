import { SelectField } from '../../../components/ui/field.tsx'
import { SchoolYearListOptions } from '../../../entities/lookups/listed-options.tsx'
import type { SchoolYearType } from '../../../entities/lookups/lookup-schemas.ts'

interface YearPickerProps {
  value: number | undefined
  years: readonly SchoolYearType[]
  onChange: (schoolYear: number) => void
}

export function YearPicker({ value, years, onChange }: YearPickerProps) {
  return (
    <SelectField label="School year" value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
      <SchoolYearListOptions years={years} current={value} />
    </SelectField>
  )
}
