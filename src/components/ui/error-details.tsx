import type { ReactNode } from 'react'
import type { ApiError } from '../../lib/api-error.ts'
import { useDetailsMode } from '../../lib/details-mode.ts'
import { HelpDeskDetails } from './help-desk-details.tsx'

interface ErrorDetailsProps {
  error: ApiError
  apiWords?: boolean
  messages?: readonly string[]
  whatToDo?: ReactNode
  helpDeskLines?: readonly string[]
}

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

export function apiMessages(error: ApiError, withPaths = true): string[] {
  const validation = Object.entries(error.validationErrors).flatMap(([path, list]) =>
    list.map((message) => (withPaths ? `${path}: ${message}` : message)),
  )
  return [...error.errors, ...validation]
}
