import { useId, type ReactNode } from 'react'
import { ExportButton } from '../../export/export-button.tsx'
import type { ChangeVersionWindow, SessionFilters } from '../api/session-params.ts'

interface SessionsToolbarProps {
  snapshot: boolean
  filters: SessionFilters
  changeWindow: ChangeVersionWindow
  onCreate: () => void
  /** Actions other features offer here (composed in the route). */
  actions?: ReactNode
}

/** The page's actions: add a session (not in snapshot mode, which is read-only) and export the filtered result. */
export function SessionsToolbar({ snapshot, filters, changeWindow, onCreate, actions }: SessionsToolbarProps) {
  const readOnlyId = useId()
  return (
    <div className="sessions-toolbar">
      {actions}
      <ExportButton filters={filters} changeWindow={changeWindow} />
      <button
        type="button"
        className="primary"
        disabled={snapshot}
        aria-describedby={snapshot ? readOnlyId : undefined}
        aria-keyshortcuts="n"
        title={snapshot ? undefined : 'New session (n)'}
        onClick={onCreate}
      >
        New session
      </button>
      {snapshot && (
        <p id={readOnlyId} className="toolbar-note">
          Snapshot mode is read-only: turn it off to add sessions.
        </p>
      )}
    </div>
  )
}
