import { useId, type ReactNode } from 'react'

interface SessionsToolbarProps {
  snapshot: boolean
  exportButton: ReactNode
  onCreate: () => void
  /** Actions other features offer here (composed in the route). */
  actions?: ReactNode
}

/** The page's actions: add a session (not in snapshot mode, which is read-only) and export the filtered result. */
export function SessionsToolbar({ snapshot, exportButton, onCreate, actions }: SessionsToolbarProps) {
  const readOnlyId = useId()
  return (
    <div className="sessions-toolbar">
      {actions}
      {exportButton}
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
