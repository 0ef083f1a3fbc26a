import * as Popover from '@radix-ui/react-popover'
import { useId } from 'react'
import type { ColumnVisibility } from './grid-preferences.ts'
import { sessionColumns } from './session-columns.tsx'

interface ColumnMenuProps {
  visibility: ColumnVisibility
  onChange: (visibility: ColumnVisibility) => void
}

const hideable = sessionColumns.filter((c) => c.enableHiding !== false)

/** The session name always stays: it is how a row is named and opened. */
export function ColumnMenu({ visibility, onChange }: ColumnMenuProps) {
  const id = useId()
  const hiddenCount = hideable.filter((c) => visibility[c.id!] === false).length
  return (
    <Popover.Root>
      <Popover.Trigger asChild>
        <button type="button">Columns{hiddenCount > 0 ? ` (${hiddenCount} hidden)` : ''}</button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="column-menu" align="end" sideOffset={6} aria-labelledby={`${id}-title`}>
          <fieldset>
            <legend id={`${id}-title`}>Columns to show</legend>
            {hideable.map((c) => (
              <label key={c.id} className="column-menu-item">
                <input
                  type="checkbox"
                  checked={visibility[c.id!] !== false}
                  onChange={(event) => onChange({ ...visibility, [c.id!]: event.target.checked })}
                />
                {c.meta?.label}
              </label>
            ))}
          </fieldset>
          <p className="form-hint">Kept in this browser.</p>
          {hiddenCount > 0 && (
            <button type="button" className="button-link" onClick={() => onChange({})}>
              Show all columns
            </button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
