import { useDetailsMode } from '../../../lib/details-mode.ts'
import type { FeedReading } from '../use-feed-reading.ts'

interface SnapshotReadingProps {
  requested: boolean
  reading: FeedReading
  appSnapshot: boolean
  windowMax: number | undefined
  onChange: (on: boolean) => void
}

export function SnapshotReading({ requested, reading, appSnapshot, windowMax, onChange }: SnapshotReadingProps) {
  const details = useDetailsMode()
  return (
    <div className="snapshot-reading">
      <label className="form-check">
        <input type="checkbox" checked={requested || appSnapshot} disabled={appSnapshot} onChange={(e) => onChange(e.target.checked)} />
        <span>Read the whole window from the snapshot</span>
      </label>
      <p className="form-hint">
        Every page and count then comes from the server’s frozen copy{details && ' (Use-Snapshot)'}, so entries cannot shift between pages
        while others keep writing; changes made after the snapshot was taken do not show.
        {appSnapshot && ' Snapshot mode is on for the whole app.'}
      </p>
      {reading.snapshotMissing && (
        <p className="alert alert-warning" role="status">
          This server has no snapshot, so the window is read from live data.
        </p>
      )}
      {reading.snapshot && reading.snapshotNewest !== undefined && windowMax !== undefined && reading.snapshotNewest < windowMax && (
        <p className="alert alert-warning" role="status">
          {details
            ? `The snapshot holds changes up to change version ${reading.snapshotNewest}; later versions in this window are not in it.`
            : 'Changes made after the snapshot are not in it.'}
        </p>
      )}
    </div>
  )
}
