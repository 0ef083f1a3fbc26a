import { InputField, SelectField } from '../../../components/ui/field.tsx'
import { SchoolListOptions, SchoolYearListOptions } from '../../../entities/lookups/listed-options.tsx'
import type { School, SchoolYearType } from '../../../entities/lookups/lookup-schemas.ts'

interface QualityFiltersProps {
  schoolYear: number | undefined
  schoolId: number | undefined
  gapWeeks: number
  years: readonly SchoolYearType[]
  schools: readonly School[]
  onChange: (next: { schoolYear?: number; schoolId?: number; gapWeeks?: number }) => void
}

export function QualityFilters({ schoolYear, schoolId, gapWeeks, years, schools, onChange }: QualityFiltersProps) {
  return (
    <form className="quality-filters" onSubmit={(e) => e.preventDefault()} aria-label="What to check">
      <SelectField
        label="School year"
        value={schoolYear ?? ''}
        onChange={(e) => onChange({ schoolYear: Number(e.target.value), schoolId, gapWeeks })}
      >
        <SchoolYearListOptions years={years} current={schoolYear} />
      </SelectField>
      <SelectField
        label="School"
        value={schoolId ?? ''}
        onChange={(e) => onChange({ schoolYear, schoolId: e.target.value ? Number(e.target.value) : undefined, gapWeeks })}
      >
        <SchoolListOptions schools={schools} current={schoolId} />
      </SelectField>
      <InputField
        label="Longest break between terms (school weeks)"
        type="number"
        min={1}
        max={20}
        value={gapWeeks}
        onChange={(e) => {
          const weeks = Number(e.target.value)
          if (Number.isInteger(weeks) && weeks >= 1 && weeks <= 20) onChange({ schoolYear, schoolId, gapWeeks: weeks })
        }}
      />
    </form>
  )
}
