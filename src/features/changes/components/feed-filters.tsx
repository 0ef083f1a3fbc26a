import { SelectField } from '../../../components/ui/field.tsx'
import { SchoolListOptions } from '../../../entities/lookups/listed-options.tsx'
import type { School } from '../../../entities/lookups/lookup-schemas.ts'
import { CHANGE_KINDS, KIND_LABELS, type ChangeKind } from '../feed-entry.ts'

interface FeedFiltersProps {
  kinds: readonly ChangeKind[]
  schoolId: number | undefined
  schools: readonly School[] | undefined
  onKindsChange: (kinds: ChangeKind[]) => void
  onSchoolChange: (schoolId: number | undefined) => void
}

export function FeedFilters({ kinds, schoolId, schools, onKindsChange, onSchoolChange }: FeedFiltersProps) {
  const toggle = (kind: ChangeKind, on: boolean) => onKindsChange(CHANGE_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))))
  return (
    <div className="feed-filters panel">
      <fieldset>
        <legend>Kinds of change</legend>
        {CHANGE_KINDS.map((kind) => (
          <label key={kind} className="form-check">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={(e) => toggle(kind, e.target.checked)} />
            <span>{KIND_LABELS[kind]}</span>
          </label>
        ))}
      </fieldset>
      <SelectField
        label="School"
        hint="Sessions are filtered by the API; deletes and key changes have no school filter in Ed-Fi, so their pages are filtered here."
        value={schoolId ?? ''}
        onChange={(e) => onSchoolChange(e.target.value === '' ? undefined : Number(e.target.value))}
      >
        <SchoolListOptions schools={schools} current={schoolId} />
      </SelectField>
    </div>
  )
}
