import type { ApiError } from '../../lib/api-error.ts'

interface ApiErrorAlertProps {
  error: ApiError
  /** What the user was doing, e.g. "Sessions could not be loaded". */
  heading: string
  onRetry?: () => void
}

/** Shows the API's own words (problem detail, errors, correlation id) and what to do next. */
export function ApiErrorAlert({ error, heading, onRetry }: ApiErrorAlertProps) {
  const validation = Object.entries(error.validationErrors).flatMap(([path, messages]) =>
    messages.map((message) => `${path}: ${message}`),
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
      <p className="alert-meta">
        {error.status > 0 && <span>HTTP {error.status}</span>}
        {error.correlationId && (
          <span>
            Correlation ID: <code>{error.correlationId}</code>
          </span>
        )}
      </p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
