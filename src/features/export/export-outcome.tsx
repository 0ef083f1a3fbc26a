import type { ReactNode } from 'react'
import { ErrorDetails } from '../../components/ui/error-details.tsx'
import { Notice } from '../../components/ui/notice.tsx'
import { ApiError } from '../../lib/api-error.ts'
import type { ExportOutcome, ExportProgress } from './export-job.ts'

interface ExportDoneProps {
  outcome: ExportOutcome
  snapshot: boolean
  onAgain: () => void
  onClose: () => void
}

export function ExportDone({ outcome, snapshot, onAgain, onClose }: ExportDoneProps) {
  const { rowsWritten, expectedRows, file, snapshotReplaced } = outcome
  const matches = rowsWritten === expectedRows && !snapshotReplaced
  return (
    <div className="export-outcome">
      <div className={`alert ${matches ? 'alert-success' : 'alert-warning'}`} role="status">
        <h3 className="alert-heading">{matches ? 'Export complete' : 'Export complete, with a difference'}</h3>
        <p className="export-reconciliation">
          {rowsWritten.toLocaleString()} rows written, {expectedRows.toLocaleString()} counted.
        </p>
        {rowsWritten !== expectedRows && (
          <p>
            <strong>Warning:</strong> the file does not hold as many rows as were counted when the export began.
            {snapshot
              ? ' The snapshot should not change; export again, and tell the API administrator if it persists.'
              : ' Sessions were added or deleted in the live data while it ran; export from a snapshot for a consistent file.'}
          </p>
        )}
        {snapshotReplaced && (
          <p>
            <strong>Warning:</strong> the server replaced its snapshot during the export, so the file may mix rows of two snapshots. Export
            again for a consistent file.
          </p>
        )}
        {file.kind === 'saved' && <p>Saved to {file.fileName}.</p>}
      </div>
      <AgainOrClose againLabel="New export" onAgain={onAgain} onClose={onClose}>
        {file.kind === 'download' && (
          <a className="export-download" href={file.url} download={file.fileName} autoFocus>
            Download {file.fileName} ({formatBytes(file.bytes)})
          </a>
        )}
      </AgainOrClose>
    </div>
  )
}

interface ExportFailedProps {
  error: unknown
  partition: number | undefined
  progress: ExportProgress | undefined
  onRetry: () => void
  onCancel: () => void
}

export function ExportFailed({ error, partition, progress, onRetry, onCancel }: ExportFailedProps) {
  const apiError = error instanceof ApiError ? error : undefined
  return (
    <div className="export-outcome">
      <Notice tone="error" heading="The export stopped">
        <p>
          {partition !== undefined
            ? `A page of sessions (part ${partition + 1} of the export) could not be read, even after retries.`
            : 'The export could not start.'}
          {!apiError && ` ${String((error as { message?: unknown })?.message ?? error)}`}
        </p>
        {apiError && <ErrorDetails error={apiError} messages={[]} />}
        {progress && progress.expectedRows > 0 && (
          <p>
            {progress.rowsWritten.toLocaleString()} of {progress.expectedRows.toLocaleString()} rows are written. Retry continues from where
            each partition stopped; no row is written twice.
          </p>
        )}
      </Notice>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onRetry} autoFocus>
          Retry
        </button>
        <button type="button" onClick={onCancel}>
          Cancel export
        </button>
      </div>
    </div>
  )
}

export function ExportCancelled({ onAgain, onClose }: { onAgain: () => void; onClose: () => void }) {
  return (
    <div className="export-outcome">
      <Notice tone="warning">
        <p>Export cancelled. Every request was stopped and no file was saved.</p>
      </Notice>
      <AgainOrClose againLabel="Start again" primary onAgain={onAgain} onClose={onClose} />
    </div>
  )
}

interface AgainOrCloseProps {
  againLabel: string
  primary?: boolean
  onAgain: () => void
  onClose: () => void
  children?: ReactNode
}

function AgainOrClose({ againLabel, primary = false, onAgain, onClose, children }: AgainOrCloseProps) {
  return (
    <div className="form-actions">
      {children}
      <button type="button" className={primary ? 'primary' : undefined} onClick={onAgain} autoFocus={primary}>
        {againLabel}
      </button>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  )
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
