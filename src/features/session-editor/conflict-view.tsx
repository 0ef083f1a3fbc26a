import { useState } from 'react'
import { conflictRows, defaultChoices, type ConflictField, type Side } from './conflict-merge.ts'
import { formatFormValue } from './format-form-value.ts'
import type { SessionFormValues } from '../../entities/sessions/session-form-rules.ts'
import { TableHead } from '../../components/ui/table-head.tsx'

interface ConflictViewProps {
  original: SessionFormValues
  mine: SessionFormValues
  theirs: SessionFormValues
  schoolName: (id: number) => string | undefined
  saving: boolean
  onSaveChoices: (choices: Partial<Record<ConflictField, Side>>) => void
  onCancel: () => void
}

/**
 * A 412: someone saved this session after the dialog opened. Nothing was overwritten. Each field
 * shows the value the dialog opened with, mine and theirs, with the side to use. The choices are
 * the only way to save ("all mine" / "all theirs" only set them), so what is saved is exactly
 * what is shown; saving uses the etag of their version, so a third change is caught too.
 */
export function ConflictView({ original, mine, theirs, schoolName, saving, onSaveChoices, onCancel }: ConflictViewProps) {
  const rows = conflictRows(original, mine, theirs)
  const differing = rows.filter((r) => r.differs)
  const [choices, setChoices] = useState(() => defaultChoices(rows))
  const chooseAll = (side: Side) => setChoices(Object.fromEntries(differing.map((row) => [row.field, side])))
  const show = (field: ConflictField, value: SessionFormValues[ConflictField]) => formatFormValue(field, value, schoolName)
  return (
    <section className="conflict-view" aria-labelledby="conflict-heading">
      <div className="alert alert-warning" role="alert">
        <h3 id="conflict-heading">Someone else saved this session after you opened it</h3>
        <p>Nothing was overwritten. For each field below, choose whose value to keep, then save.</p>
      </div>
      <div className="conflict-shortcuts" role="group" aria-label="Choose for every field">
        <button type="button" disabled={saving} onClick={() => chooseAll('mine')}>
          Choose all mine
        </button>
        <button type="button" disabled={saving} onClick={() => chooseAll('theirs')}>
          Choose all theirs
        </button>
      </div>
      <table className="data-table conflict-table">
        <caption>Fields that differ between your version and theirs ({differing.length})</caption>
        <TableHead columns={['Field', 'When you opened it', 'Yours', 'Theirs (saved now)', 'Use']} />
        <tbody>
          {differing.map((row) => (
            <tr key={row.field} data-both-changed={row.changedByMe && row.changedByThem ? 'true' : undefined}>
              <th scope="row">
                {row.label}
                {row.changedByMe && row.changedByThem && <span className="conflict-both"> (both changed)</span>}
              </th>
              <td data-label="When you opened it">{show(row.field, row.original)}</td>
              <td data-label="Yours" className={row.changedByMe ? 'conflict-changed' : undefined}>
                {show(row.field, row.mine)}
              </td>
              <td data-label="Theirs (saved now)" className={row.changedByThem ? 'conflict-changed' : undefined}>
                {show(row.field, row.theirs)}
              </td>
              <td>
                <fieldset className="conflict-choice">
                  <legend className="visually-hidden">Value to use for {row.label}</legend>
                  {(['mine', 'theirs'] as const).map((side) => (
                    <label key={side}>
                      <input
                        type="radio"
                        name={`conflict-${row.field}`}
                        checked={choices[row.field] === side}
                        onChange={() => setChoices((current) => ({ ...current, [row.field]: side }))}
                      />
                      {side === 'mine' ? 'Yours' : 'Theirs'}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="primary" disabled={saving} onClick={() => onSaveChoices(choices)}>
          {saving ? 'Saving…' : 'Save with these choices'}
        </button>
        <button type="button" disabled={saving} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  )
}
