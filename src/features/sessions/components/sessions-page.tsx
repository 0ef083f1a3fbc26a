import { useQuery } from '@tanstack/react-query'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { sessionQueries } from '../api/session-queries.ts'
import { SESSIONS_PAGE_SIZE } from '../sessions-search.ts'
import { SessionsPager } from './sessions-pager.tsx'
import { SessionsTable } from './sessions-table.tsx'

interface SessionsPageProps {
  offset: number
  /** The route owns the URL; the page only asks for another offset. */
  onOffsetChange: (offset: number) => void
}

export function SessionsPage({ offset, onOffsetChange }: SessionsPageProps) {
  const limit = SESSIONS_PAGE_SIZE
  const query = useQuery(sessionQueries.list({ offset, limit }))

  return (
    <section className="page" aria-labelledby="sessions-heading">
      <title>Sessions · Ed-Fi Sessions Steward</title>
      <h1 id="sessions-heading">Sessions</h1>
      <p className="page-lead">Academic sessions (terms) of the schools this API client may see.</p>
      {query.isPending && (
        <p className="status" role="status">
          Loading sessions…
        </p>
      )}
      {query.isError && (
        <ApiErrorAlert error={query.error} heading="Sessions could not be loaded" onRetry={() => void query.refetch()} />
      )}
      {query.data && (
        <>
          <SessionsTable
            sessions={query.data.items}
            caption={`Sessions, ${limit} per page`}
            busy={query.isPlaceholderData}
          />
          {query.data.items.length === 0 && <p className="status">No sessions on this page.</p>}
          <SessionsPager
            offset={offset}
            limit={limit}
            count={query.data.items.length}
            total={query.data.total}
            disabled={query.isPlaceholderData}
            onOffsetChange={onOffsetChange}
          />
        </>
      )}
    </section>
  )
}
