import type { ApiError } from '../../lib/api-error.ts'
import { ErrorDetails } from './error-details.tsx'
import { Notice } from './notice.tsx'

interface ApiErrorAlertProps {
  error: ApiError
  heading: string
  onRetry?: () => void
}

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
