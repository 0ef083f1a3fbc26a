import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import { useDetailsMode } from '../../lib/details-mode.ts'

/** The header switch: a real checkbox (keyboard and screen readers know it), styled as a switch. */
export function SnapshotToggle() {
  const { snapshot, setSnapshot } = useSnapshotMode()
  const support = useCapabilities()?.snapshot
  const unavailable = support === 'none' || support === 'unsupported'
  // A server without snapshots would answer live data (6.2 and API 8 ignore Use-Snapshot): never
  // label live data as a snapshot.
  useEffect(() => {
    if (unavailable && snapshot) setSnapshot(false)
  }, [unavailable, snapshot, setSnapshot])
  const title = unavailable ? 'This server has no snapshot to read' : 'Read a frozen copy of the data; changes are turned off'
  return (
    <label className="snapshot-toggle" title={title}>
      <input
        type="checkbox"
        role="switch"
        checked={snapshot && !unavailable}
        disabled={unavailable}
        onChange={(event) => setSnapshot(event.target.checked)}
      />
      <span>{unavailable ? 'Snapshot mode (no snapshot on this server)' : 'Snapshot mode'}</span>
    </label>
  )
}

function SnapshotExtent() {
  const details = useDetailsMode()
  const extent = useQuery(sessionQueries.availableChangeVersions(true))
  if (extent.isPending) return null
  if (extent.isError) {
    return extent.error.kind === 'snapshot-unavailable' ? (
      <> This server has no snapshot yet, so reads fail until its administrator makes one.</>
    ) : null
  }
  return details ? <> The snapshot holds changes up to change version {extent.data.newestChangeVersion}.</> : null
}

export function SnapshotBanner() {
  const { snapshot, setSnapshot } = useSnapshotMode()
  const details = useDetailsMode()
  if (!snapshot) return null
  return (
    <div className="app-banner app-banner-snapshot" role="status">
      <strong>Snapshot mode: read-only.</strong> You are reading a frozen copy of the data made by the server
      {details && ' (Use-Snapshot)'}, so colleagues’ changes since then do not show, and creating, editing and deleting are turned off.
      <SnapshotExtent />{' '}
      <button type="button" className="button-link" onClick={() => setSnapshot(false)}>
        Back to live data
      </button>
    </div>
  )
}
