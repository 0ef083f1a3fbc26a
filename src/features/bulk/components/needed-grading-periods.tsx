import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import { useSchools } from '../../../entities/lookups/lookup-hooks.ts'

export function NeededGradingPeriods({ needed }: { needed: { schoolId: number; descriptor: string; name: string }[] }) {
  const schools = useSchools()
  const schoolName = (id: number) => schools.data?.find((s) => s.schoolId === id)?.nameOfInstitution ?? `School ${id}`
  return (
    <details>
      <summary>Which grading periods are needed</summary>
      <ul>
        {needed.map((m) => (
          <li key={`${m.schoolId}|${m.descriptor}|${m.name}`}>
            {schoolName(m.schoolId)}: “{m.name}” ({descriptorLabel(m.descriptor)})
          </li>
        ))}
      </ul>
    </details>
  )
}
