import type { ReactNode } from 'react'
import type { ApiError } from '../../lib/api-error.ts'
import { useDetailsMode } from '../../lib/details-mode.ts'
import { HelpDeskDetails } from './help-desk-details.tsx'

interface ErrorDetailsProps {
  error: ApiError
  /** Leave out the API's title and detail when the caller already said it in its own words. */
  apiWords?: boolean
  /** The API's list of problems; its errors and validation messages unless given (field paths only in details mode). */
  messages?: readonly string[]
  whatToDo?: ReactNode
  /** More lines for the help desk, inside the disclosure (e.g. the API's own words a caller rephrased). */
  helpDeskLines?: readonly string[]
}

/** What the API said, what to do next, and what a help desk needs to find the request in its logs. */
export function ErrorDetails({ error, apiWords = true, messages, whatToDo, helpDeskLines = [] }: ErrorDetailsProps) {
  const showPaths = useDetailsMode()
  const list = messages ?? apiMessages(error, showPaths)
  return (
    <>
      {apiWords && (
        <p>
          <strong>{error.title}.</strong> {error.detail}
        </p>
      )}
      {list.length > 0 && (
        <ul className="alert-details">
          {list.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      {whatToDo && <p>{whatToDo}</p>}
      <HelpDeskDetails
        correlationId={error.correlationId}
        lines={[...(error.status > 0 ? [`HTTP status ${error.status}`] : []), ...helpDeskLines]}
      />
    </>
  )
}

/** The API's errors and validation messages; each message's JSON path only when asked for (details mode). */
export function apiMessages(error: ApiError, withPaths = true): string[] {
  const validation = Object.entries(error.validationErrors).flatMap(([path, list]) =>
    list.map((message) => (withPaths ? `${path}: ${message}` : message)),
  )
  return [...error.errors, ...validation]
}
