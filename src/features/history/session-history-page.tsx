import { formatDateOnly } from '../../lib/format-values.ts'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { ApiErrorAlert } from '../../components/ui/api-error-alert.tsx'
import { unquoteEtag } from '../../lib/edfi/etags.ts'
import { useSchools } from '../../entities/lookups/lookup-hooks.ts'
import { useSession } from '../../entities/sessions/session-hooks.ts'
import { toSessionBody, type Session } from '../../entities/sessions/session-schema.ts'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import { historyQueries } from './history-queries.ts'
import { JournalEntries } from './journal-entries.tsx'
import { TrackedChanges } from './tracked-changes.tsx'
import { useJournal } from './use-journal.ts'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'
import { NoChangeHistoryNotice } from '../../shared/connection/no-change-history-notice.tsx'
import './history.css'

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
const formatTime = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : timeFormat.format(new Date(iso)))

export function SessionHistoryPage({ sessionId }: { sessionId: string }) {
  const { snapshot } = useSnapshotMode()
  const current = useSession(sessionId, { snapshot })
  const changeQueries = useCapabilities()?.changeQueries !== false
  const tracked = useQuery({ ...historyQueries.tracked(sessionId, snapshot), enabled: changeQueries })
  const journal = useJournal(sessionId)
  const schools = useSchools({ snapshot })
  const schoolName = (id: number | undefined) =>
    id === undefined ? '—' : (schools.data?.find((s) => s.schoolId === id)?.nameOfInstitution ?? `School ${id}`)

  const session = current.data?.session
  const gone = current.isError && current.error.kind === 'not-found'
  const entries = journal.data ?? []
  const latestLocal = entries[0]
  const currentFromHere =
    !!session && !!latestLocal?.etag && !!current.data?.etag && unquoteEtag(latestLocal.etag) === unquoteEtag(current.data.etag)
  const deletedLocally = entries.find((e) => e.kind === 'deleted')
  const lastKnown = session ? toSessionBody(session) : (deletedLocally?.before ?? entries.find((e) => e.after)?.after)
  const title = session?.sessionName ?? lastKnown?.sessionName ?? 'a session'

  return (
    <section className="page history-page" aria-labelledby="history-heading">
      <title>{`History of ${title} · Ed-Fi Sessions Steward`}</title>
      <h1 id="history-heading">History of {title}</h1>
      <p className="page-lead">
        Ed-Fi tracks key changes and deletes, and the time of each session’s latest change, but not who made a change (author not available
        from Ed-Fi) nor the old values of an update. Saves made from this browser are kept locally with their before and after values.
      </p>
      <p>
        <Link to="/changes">All changes</Link>
        {session && (
          <>
            {' · '}
            <Link to="/sessions/$sessionId" params={{ sessionId }}>
              Open this session
            </Link>
          </>
        )}
      </p>

      <section aria-labelledby="current-heading" className="panel">
        <h2 id="current-heading">Current state</h2>
        {current.isPending && <p className="status">Loading the session…</p>}
        {current.isError && !gone && (
          <ApiErrorAlert error={current.error} heading="The session could not be loaded" onRetry={() => void current.refetch()} />
        )}
        {gone && <p>This session does not exist now (or this API client may not see it).</p>}
        {session && <CurrentState session={session} schoolName={schoolName} />}
        {session && (
          <p className="history-source">
            {currentFromHere
              ? 'This version was saved from this browser.'
              : 'The latest change was made by another client or not from this browser.'}
          </p>
        )}
      </section>

      {!changeQueries && <NoChangeHistoryNotice />}
      {tracked.isError && (
        <ApiErrorAlert error={tracked.error} heading="Key changes and deletes could not be read" onRetry={() => void tracked.refetch()} />
      )}
      {changeQueries && tracked.isPending && <p className="status">Reading key changes and deletes…</p>}
      {tracked.data && (
        <TrackedChanges
          tracked={tracked.data}
          journal={entries}
          gone={gone}
          current={current.data}
          lastKnown={lastKnown}
          snapshot={snapshot}
          schoolName={schoolName}
        />
      )}

      <JournalEntries entries={entries} pending={journal.isPending} error={journal.isError} formatTime={formatTime} />
    </section>
  )
}

function CurrentState({ session, schoolName }: { session: Session; schoolName: (id: number) => string }) {
  return (
    <dl className="history-facts">
      <dt>Session name</dt>
      <dd>{session.sessionName}</dd>
      <dt>School</dt>
      <dd>{schoolName(session.schoolReference.schoolId)}</dd>
      <dt>School year</dt>
      <dd>{session.schoolYearTypeReference.schoolYear}</dd>
      <dt>Term</dt>
      <dd title={session.termDescriptor}>{descriptorLabel(session.termDescriptor)}</dd>
      <dt>Dates</dt>
      <dd>
        {formatDateOnly(session.beginDate)} to {formatDateOnly(session.endDate)}
      </dd>
      <dt>Total instructional days</dt>
      <dd>{session.totalInstructionalDays}</dd>
      <dt>Last modified</dt>
      <dd>
        {session._lastModifiedDate ? (
          <time dateTime={session._lastModifiedDate}>{formatTime(session._lastModifiedDate)}</time>
        ) : (
          'Not given by the API'
        )}
      </dd>
      <dt>Changed by</dt>
      <dd className="muted">Author not available from Ed-Fi</dd>
    </dl>
  )
}
