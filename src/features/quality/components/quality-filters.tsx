import { useId } from 'react'
import { newestFirst } from '../../../entities/lookups/current-school-year.ts'
import type { School, SchoolYearType } from '../../../entities/lookups/lookup-schemas.ts'

interface QualityFiltersProps {
  schoolYear: number | undefined
  schoolId: number | undefined
  gapWeeks: number
  years: readonly SchoolYearType[]
  schools: readonly School[]
  onChange: (next: { schoolYear?: number; schoolId?: number; gapWeeks?: number }) => void
}

/** Which sessions to check: one school year, all schools or one, and how long a break may be. */
export function QualityFilters({ schoolYear, schoolId, gapWeeks, years, schools, onChange }: QualityFiltersProps) {
  const id = useId()
  return (
    <form className="quality-filters" onSubmit={(e) => e.preventDefault()} aria-label="What to check">
      <div className="form-field">
        <label htmlFor={`${id}-year`}>School year</label>
        <select
          id={`${id}-year`}
          value={schoolYear ?? ''}
          onChange={(e) => onChange({ schoolYear: Number(e.target.value), schoolId, gapWeeks })}
        >
          {newestFirst(years).map((y) => (
            <option key={y.schoolYear} value={y.schoolYear}>
              {y.schoolYearDescription}
              {y.currentSchoolYear ? ' (current)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-school`}>School</label>
        <select
          id={`${id}-school`}
          value={schoolId ?? ''}
          onChange={(e) => onChange({ schoolYear, schoolId: e.target.value ? Number(e.target.value) : undefined, gapWeeks })}
        >
          <option value="">All schools</option>
          {schools.map((s) => (
            <option key={s.schoolId} value={s.schoolId}>
              {s.nameOfInstitution}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-gap`}>Longest break between terms (school weeks)</label>
        <input
          id={`${id}-gap`}
          type="number"
          min={1}
          max={20}
          value={gapWeeks}
          onChange={(e) => {
            const weeks = Number(e.target.value)
            if (Number.isInteger(weeks) && weeks >= 1 && weeks <= 20) onChange({ schoolYear, schoolId, gapWeeks: weeks })
          }}
        />
      </div>
    </form>
  )
}
