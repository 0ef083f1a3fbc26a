import { newestFirst } from './current-school-year.ts'
import type { School, SchoolYearType } from './lookup-schemas.ts'

// Options from lists a screen has already read. A chosen value the list lacks (from the URL, or a
// school another client sees) stays selectable instead of silently turning into the first option.

export function SchoolYearListOptions({ years, current }: { years: readonly SchoolYearType[]; current: number | undefined }) {
  return (
    <>
      {current !== undefined && !years.some((y) => y.schoolYear === current) && <option value={current}>{current}</option>}
      {newestFirst(years).map((y) => (
        <option key={y.schoolYear} value={y.schoolYear}>
          {y.schoolYearDescription}
          {y.currentSchoolYear ? ' (current)' : ''}
        </option>
      ))}
    </>
  )
}

export function SchoolListOptions({ schools, current }: { schools: readonly School[] | undefined; current: number | undefined }) {
  return (
    <>
      <option value="">All schools</option>
      {current !== undefined && !schools?.some((s) => s.schoolId === current) && <option value={current}>School {current}</option>}
      {schools?.map((school) => (
        <option key={school.schoolId} value={school.schoolId}>
          {school.nameOfInstitution}
        </option>
      ))}
    </>
  )
}
