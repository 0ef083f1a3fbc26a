import { useQuery } from '@tanstack/react-query'
import { useDetailsMode } from '../../lib/details-mode.ts'
import { sessionQueries } from '../sessions/api/session-queries.ts'
import { useSnapshotMode } from './snapshot-mode.tsx'

/** The header switch: a real checkbox (keyboard and screen readers know it), styled as a switch. */
export function SnapshotToggle() {
  const { snapshot, setSnapshot } = useSnapshotMode()
  return (
    <label className="snapshot-toggle" title="Read a frozen copy of the data; changes are turned off">
      <input type="checkbox" role="switch" checked={snapshot} onChange={(event) => setSnapshot(event.target.checked)} />
      <span>Snapshot mode</span>
    </label>
  )
}

/** Which copy is being read: the snapshot's newest change version, or that the server has none. */
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

/** Shown under the header while snapshot mode is on, on every screen. */
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
