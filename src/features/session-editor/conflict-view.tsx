import { useState } from 'react'
import { conflictRows, defaultChoices, type ConflictField, type Side } from './conflict-merge.ts'
import { formatFormValue } from './format-form-value.ts'
import type { SessionFormValues } from '../../entities/sessions/session-form-rules.ts'

interface ConflictViewProps {
  original: SessionFormValues
  mine: SessionFormValues
  theirs: SessionFormValues
  schoolName: (id: number) => string | undefined
  saving: boolean
  onKeepMine: () => void
  onTakeTheirs: () => void
  onSaveChoices: (choices: Partial<Record<ConflictField, Side>>) => void
}

/**
 * A 412: someone saved this session after the dialog opened. Nothing was overwritten. Each field
 * shows the value the dialog opened with, mine and theirs; the steward keeps mine, takes theirs,
 * or picks per field. Saving then uses the etag of their version, so a third change is caught too.
 */
export function ConflictView({ original, mine, theirs, schoolName, saving, onKeepMine, onTakeTheirs, onSaveChoices }: ConflictViewProps) {
  const rows = conflictRows(original, mine, theirs)
  const [choices, setChoices] = useState(() => defaultChoices(rows))
  const differing = rows.filter((r) => r.differs)
  const show = (field: ConflictField, value: SessionFormValues[ConflictField]) => formatFormValue(field, value, schoolName)
  return (
    <section className="conflict-view" aria-labelledby="conflict-heading">
      <div className="alert alert-warning" role="alert">
        <h3 id="conflict-heading">Someone else saved this session after you opened it</h3>
        <p>Nothing was overwritten. Compare the values below, then keep yours, take theirs, or choose field by field.</p>
      </div>
      <div className="table-scroll">
        <table className="data-table conflict-table">
          <caption>Fields that differ between your version and theirs ({differing.length})</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you opened it</th>
              <th scope="col">Yours</th>
              <th scope="col">Theirs (saved now)</th>
              <th scope="col">Use</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((row) => (
              <tr key={row.field} data-both-changed={row.changedByMe && row.changedByThem ? 'true' : undefined}>
                <th scope="row">
                  {row.label}
                  {row.changedByMe && row.changedByThem && <span className="conflict-both"> (both changed)</span>}
                </th>
                <td>{show(row.field, row.original)}</td>
                <td className={row.changedByMe ? 'conflict-changed' : undefined}>{show(row.field, row.mine)}</td>
                <td className={row.changedByThem ? 'conflict-changed' : undefined}>{show(row.field, row.theirs)}</td>
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
      </div>
      <div className="form-actions">
        <button type="button" className="primary" disabled={saving} onClick={() => onSaveChoices(choices)}>
          Save my choices
        </button>
        <button type="button" disabled={saving} onClick={onKeepMine}>
          Keep mine and retry
        </button>
        <button type="button" disabled={saving} onClick={onTakeTheirs}>
          Take theirs
        </button>
      </div>
    </section>
  )
}
