import type { ApiError } from '../../lib/api-error.ts'
import { ErrorDetails } from './error-details.tsx'
import { Notice } from './notice.tsx'

interface ApiErrorAlertProps {
  error: ApiError
  /** What the user was doing, e.g. "Sessions could not be loaded". */
  heading: string
  onRetry?: () => void
}

/**
 * A failed read on a page: the API's words (field paths only in details mode), what to do next, the
 * status and correlation id behind "Details for your help desk", and a way to try again.
 */
export function ApiErrorAlert({ error, heading, onRetry }: ApiErrorAlertProps) {
  return (
    <Notice tone="error" heading={heading} level={2}>
      <ErrorDetails error={error} />
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </Notice>
  )
}
