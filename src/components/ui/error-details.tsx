import { useState, type ReactNode } from 'react'
import type { ApiError } from '../../lib/api-error.ts'

interface ErrorDetailsProps {
  error: ApiError
  /** Leave out the API's title and detail when the caller already said it in its own words. */
  apiWords?: boolean
  /** The API's list of problems; its errors and validation messages unless given. */
  messages?: readonly string[]
  whatToDo?: ReactNode
}

/** What the API said, what to do next, and what a help desk needs to find the request in its logs. */
export function ErrorDetails({ error, apiWords = true, messages = apiMessages(error), whatToDo }: ErrorDetailsProps) {
  return (
    <>
      {apiWords && (
        <p>
          <strong>{error.title}.</strong> {error.detail}
        </p>
      )}
      {messages.length > 0 && (
        <ul className="alert-details">
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {whatToDo && <p>{whatToDo}</p>}
      <HelpDeskDetails error={error} />
    </>
  )
}

export function apiMessages(error: ApiError): string[] {
  const validation = Object.entries(error.validationErrors).flatMap(([path, list]) => list.map((message) => `${path}: ${message}`))
  return [...error.errors, ...validation]
}

function HelpDeskDetails({ error }: { error: ApiError }) {
  if (error.status === 0 && !error.correlationId) return null
  return (
    <details className="alert-meta help-desk">
      <summary>Details for your help desk</summary>
      {error.status > 0 && <span>HTTP {error.status}</span>}
      {error.correlationId && (
        <span>
          Correlation ID: <code>{error.correlationId}</code> <CopyButton text={error.correlationId} label="Copy correlation ID" />
        </span>
      )}
    </details>
  )
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false)
  const copy = () =>
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  return (
    <button type="button" className="link-button" aria-label={label} onClick={copy}>
      {copied ? 'Copied' : 'Copy'}
    </button>
  )
}
