import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { ApiError } from '../../../lib/api-error.ts'
import type { WholeSetProgress } from '../../../entities/sessions/read-all-sessions.ts'

interface CheckStatusProps {
  fetching: boolean
  progress: WholeSetProgress | undefined
  cancelled: boolean
  error: Error | null
  onCancel: () => void
  onRun: () => void
}

export function CheckStatus({ fetching, progress, cancelled, error, onCancel, onRun }: CheckStatusProps) {
  if (fetching) {
    const { rowsRead = 0, expectedRows = 0 } = progress ?? {}
    return (
      <div className="check-status" role="status">
        <label>
          {expectedRows
            ? `Reading sessions: ${rowsRead.toLocaleString('en-US')} of ${expectedRows.toLocaleString('en-US')}`
            : 'Counting sessions…'}{' '}
          <progress max={expectedRows || 1} value={expectedRows ? rowsRead : undefined} />
        </label>
        <button type="button" onClick={onCancel}>
          Stop
        </button>
      </div>
    )
  }
  if (error) {
    return error instanceof ApiError ? (
      <ApiErrorAlert error={error} heading="The sessions could not be checked" onRetry={onRun} />
    ) : (
      <div className="alert alert-error" role="alert">
        <p>{error.message}</p>
        <button type="button" onClick={onRun}>
          Try again
        </button>
      </div>
    )
  }
  if (cancelled) {
    return (
      <p className="check-status" role="status">
        Stopped before the checks were done.{' '}
        <button type="button" onClick={onRun}>
          Check again
        </button>
      </p>
    )
  }
  return null
}
