import { useId, useState } from 'react'
import { InputField, SelectField } from '../../../components/ui/field.tsx'
import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import { useTermDescriptors } from '../../../entities/lookups/lookup-hooks.ts'
import type { FieldEdits } from '../plan/edit-plan.ts'

type SetEdits = Extract<FieldEdits, { kind: 'set' }>

export function EditFields({ edits, onChange }: { edits: FieldEdits; onChange: (edits: FieldEdits) => void }) {
  const id = useId()
  const terms = useTermDescriptors()
  const set = edits.kind === 'set' ? edits : ({ kind: 'set' } as SetEdits)
  const update = (patch: Partial<SetEdits>) => onChange({ ...set, ...patch, kind: 'set' })
  const [unit, setUnit] = useState<'days' | 'weeks'>('weeks')
  const amount = edits.kind === 'shift' ? (unit === 'weeks' ? edits.days / 7 : edits.days) : 0
  const shift = (n: number, u: 'days' | 'weeks') => {
    setUnit(u)
    onChange({ kind: 'shift', days: u === 'weeks' ? n * 7 : n })
  }
  return (
    <>
      <fieldset>
        <legend>What to do</legend>
        <label>
          <input type="radio" name={`${id}-kind`} checked={edits.kind === 'set'} onChange={() => onChange({ kind: 'set' })} /> Set fields
        </label>
        <label>
          <input type="radio" name={`${id}-kind`} checked={edits.kind === 'shift'} onChange={() => shift(1, 'weeks')} /> Shift dates
        </label>
      </fieldset>
      {edits.kind === 'set' ? (
        <div className="bulk-checks">
          <InputField
            label="Begin date"
            type="date"
            value={set.beginDate ?? ''}
            onChange={(e) => update({ beginDate: e.target.value || undefined })}
          />
          <InputField
            label="End date"
            type="date"
            value={set.endDate ?? ''}
            onChange={(e) => update({ endDate: e.target.value || undefined })}
          />
          <InputField
            label="Instructional days"
            inputMode="numeric"
            value={set.totalInstructionalDays ?? ''}
            onChange={(e) => update({ totalInstructionalDays: e.target.value })}
          />
          <SelectField
            label="Term"
            value={set.termDescriptor ?? ''}
            onChange={(e) => update({ termDescriptor: e.target.value || undefined })}
          >
            <option value="">(keep each session’s term)</option>
            {terms.data?.map((t) => (
              <option key={t.id} value={`${t.namespace}#${t.codeValue}`}>
                {descriptorLabel(`${t.namespace}#${t.codeValue}`)}
              </option>
            ))}
          </SelectField>
        </div>
      ) : (
        <div className="bulk-checks">
          <div className="form-field">
            <label htmlFor={`${id}-amount`}>Shift by (negative moves earlier)</label>
            <input id={`${id}-amount`} type="number" step={1} value={amount} onChange={(e) => shift(Number(e.target.value) || 0, unit)} />
          </div>
          <div className="form-field">
            <label htmlFor={`${id}-unit`}>Unit</label>
            <select id={`${id}-unit`} value={unit} onChange={(e) => shift(amount, e.target.value as 'days' | 'weeks')}>
              <option value="days">days</option>
              <option value="weeks">weeks</option>
            </select>
          </div>
        </div>
      )}
    </>
  )
}
