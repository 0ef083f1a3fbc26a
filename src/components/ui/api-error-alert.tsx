import type { ApiError } from '../../lib/api-error.ts'
import { useDetailsMode } from '../../lib/details-mode.ts'
import { HelpDeskDetails } from './help-desk-details.tsx'

interface ApiErrorAlertProps {
  error: ApiError
  /** What the user was doing, e.g. "Sessions could not be loaded". */
  heading: string
  onRetry?: () => void
}

/**
 * Shows the API's own words (problem detail, errors) and what to do next; the field paths only in
 * details mode, the status and correlation id behind "details for your help desk".
 */
export function ApiErrorAlert({ error, heading, onRetry }: ApiErrorAlertProps) {
  const showPaths = useDetailsMode()
  const validation = Object.entries(error.validationErrors).flatMap(([path, messages]) =>
    messages.map((message) => (showPaths ? `${path}: ${message}` : message)),
  )
  const details = [...error.errors, ...validation]
  return (
    <div className="alert alert-error" role="alert">
      <h2 className="alert-heading">{heading}</h2>
      <p>
        <strong>{error.title}.</strong> {error.detail}
      </p>
      {details.length > 0 && (
        <ul className="alert-details">
          {details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
      <HelpDeskDetails correlationId={error.correlationId} lines={error.status > 0 ? [`HTTP status ${error.status}`] : []} />
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
