import { lazy, Suspense, useState } from 'react'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'

export interface ExportButtonProps {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
}

// The toolbar loads eagerly, so this file stays a button: the dialog, planner, runner and CSV
// writer are one lazy chunk, fetched when the pointer or focus reaches the button.
const loadDialog = () => import('./export-dialog.tsx')
const ExportDialog = lazy(loadDialog)

export function ExportButton({ filters, changeWindow }: ExportButtonProps) {
  const [open, setOpen] = useState(false)
  const preload = () => void loadDialog()
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)} onPointerEnter={preload} onFocus={preload}>
        Export…
      </button>
      {open && (
        <Suspense
          fallback={
            <p className="status" role="status">
              Opening the export…
            </p>
          }
        >
          <ExportDialog filters={filters} changeWindow={changeWindow} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
