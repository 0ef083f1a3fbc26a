import { ProgressBar } from '../../components/ui/progress-bar.tsx'
import { useNow } from '../../lib/use-now.ts'
import type { ExportProgress } from './export-job.ts'
import { formatTimeLeft, progressFigures } from './export-progress-math.ts'
import type { RunClock } from './use-export-run.ts'

interface ExportProgressViewProps {
  progress: ExportProgress | undefined
  updatedAt: number
  clock: RunClock
  snapshot: boolean
  onCancel: () => void
}

export function ExportProgressView({ progress, updatedAt, clock, snapshot, onCancel }: ExportProgressViewProps) {
  const now = Math.max(useNow(), updatedAt)
  const rows = progress?.rowsWritten ?? 0
  const expected = progress?.expectedRows ?? 0
  const figures = progressFigures({ rowsDone: rows, expected, rowsAtStart: clock.rowsAtStart, startedAt: clock.startedAt, now })
  const done = `${rows.toLocaleString()} of ${expected.toLocaleString()} rows`
  const details = [
    figures.rate === undefined ? undefined : `${Math.round(figures.rate).toLocaleString()} rows/s`,
    formatTimeLeft(figures.secondsLeft),
  ].filter(Boolean)
  return (
    <div className="export-progress">
      <p className="export-source-line">
        {snapshot ? 'Reading from the snapshot.' : 'Reading live data: rows may change during the export.'}
      </p>
      {progress === undefined ? (
        <p className="status" role="status">
          Counting and splitting the sessions into partitions…
        </p>
      ) : (
        <>
          <ProgressBar label="Export progress" percent={figures.percent} valueText={done} />
          <p className="export-figures">
            <strong>{done}</strong>
            {details.length > 0 && <> · {details.join(' · ')}</>}
            {progress.partitions > 1 && (
              <span className="muted">
                {' '}
                · {progress.partitionsDone} of {progress.partitions} partitions done, read in parallel
              </span>
            )}
          </p>
        </>
      )}
      <div className="form-actions">
        {/* Focus lands here when the export starts, so Escape or Enter stop it without hunting for the button. */}
        <button type="button" onClick={onCancel} autoFocus>
          Cancel export
        </button>
      </div>
    </div>
  )
}
