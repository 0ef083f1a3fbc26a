import type { ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import { lastListSearch } from '../../entities/sessions/sessions-search.ts'
import { ApiErrorAlert } from '../../components/ui/api-error-alert.tsx'
import { ErrorDetails } from '../../components/ui/error-details.tsx'
import type { ApiError } from '../../lib/api-error.ts'

export function SessionLoadFailure({
  error,
  sessionId,
  snapshot,
  onRetry,
}: {
  error: ApiError
  sessionId: string
  snapshot: boolean
  onRetry: () => void
}) {
  if (error.kind === 'not-found') {
    return (
      <Failure heading="Session not found">
        <p>
          No session with the ID <code>{sessionId}</code> exists on this Ed-Fi API. Someone may have deleted it, or the link is wrong.
          {snapshot && ' In snapshot mode, sessions added after the snapshot was made are not there yet.'}
        </p>
      </Failure>
    )
  }
  if (error.kind === 'forbidden') {
    return (
      <Failure heading="Not allowed to see this session">
        <p>
          This API client may only read sessions of the schools it is authorized for, and this session belongs to another school or
          district. Connect with another client to see it.
        </p>
        <ErrorDetails error={error} apiWords={false} messages={[]} />
      </Failure>
    )
  }
  return (
    <Failure heading="Session">
      <ApiErrorAlert error={error} heading="The session could not be loaded" onRetry={onRetry} />
    </Failure>
  )
}

function Failure({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="page session-detail" aria-labelledby="session-heading">
      <title>{`${heading} · Ed-Fi Sessions Steward`}</title>
      <h1 id="session-heading">{heading}</h1>
      {children}
      <p>
        <Link to="/sessions" search={lastListSearch()}>
          Back to sessions
        </Link>
      </p>
    </section>
  )
}

export function SessionLoading() {
  return (
    <section className="page session-detail" aria-labelledby="session-heading" aria-busy="true">
      <h1 id="session-heading">Session</h1>
      <p className="status" role="status">
        Loading the session…
      </p>
      <div className="session-fields-skeleton" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <span key={i} className="skeleton" />
        ))}
      </div>
    </section>
  )
}
