import { useId, type ReactNode } from 'react'

interface SessionsToolbarProps {
  snapshot: boolean
  exportButton: ReactNode
  onCreate: () => void
  actions?: ReactNode
}

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
