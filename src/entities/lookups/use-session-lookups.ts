import { useMemo } from 'react'
import { useSchools, useSchoolYears } from './lookup-hooks.ts'

export interface SessionLookups {
  schoolName: (schoolId: number) => string | undefined
  yearDescription: (schoolYear: number) => string | undefined
}

export function useSessionLookups(snapshot: boolean): SessionLookups {
  const schools = useSchools({ snapshot })
  const years = useSchoolYears({ snapshot })
  return useMemo(() => {
    const names = new Map(schools.data?.map((s) => [s.schoolId, s.nameOfInstitution]))
    const descriptions = new Map(years.data?.map((y) => [y.schoolYear, y.schoolYearDescription]))
    return { schoolName: (id) => names.get(id), yearDescription: (year) => descriptions.get(year) }
  }, [schools.data, years.data])
}
