import { useEffect, useState } from 'react'
import { rememberedSchool, rememberSchool } from './remembered-school.ts'

interface MySchoolFilterProps {
  /** The school the list is filtered on now, if any (it becomes the remembered one). */
  schoolId: number | undefined
  schoolName: (schoolId: number) => string | undefined
  onPick: (schoolId: number) => void
}

/** "Only Grand Bend Middle School": the school last filtered on in this browser, one click away. */
export function MySchoolFilter({ schoolId, schoolName, onPick }: MySchoolFilterProps) {
  const [remembered, setRemembered] = useState(rememberedSchool)
  if (schoolId !== undefined && remembered !== schoolId) setRemembered(schoolId)
  useEffect(() => {
    if (schoolId !== undefined) rememberSchool(schoolId)
  }, [schoolId])
  if (remembered === undefined || schoolId !== undefined) return null
  return (
    <p className="my-school">
      <button type="button" onClick={() => onPick(remembered)}>
        Only {schoolName(remembered) ?? `school ${remembered}`}
      </button>{' '}
      <span className="muted">(the school you last filtered on)</span>
    </p>
  )
}
