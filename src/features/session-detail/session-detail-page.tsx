import { Link, useNavigate } from '@tanstack/react-router'
import { useId, useState, type ComponentType, type ReactNode } from 'react'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import { useSession } from '../../entities/sessions/session-hooks.ts'
import { lastListSearch } from '../../entities/sessions/sessions-search.ts'
import type { DeleteSessionDialogProps, SessionEditorDialogProps } from '../../entities/sessions/editor-contract.ts'
import { useSessionLookups } from '../../entities/lookups/use-session-lookups.ts'
import { SessionFields } from './session-fields.tsx'
import { SessionLoadFailure, SessionLoading } from './session-detail-states.tsx'
import { AcademicWeeksTable, GradingPeriodsTable } from './session-references.tsx'
import type { SessionDetailSearch } from './detail-search.ts'
import './session-detail.css'

/** The editor's dialogs, supplied by the route (features do not import each other). */
export interface SessionDetailSlots {
  SessionEditor: ComponentType<SessionEditorDialogProps>
  DeleteSessionDialog: ComponentType<DeleteSessionDialogProps>
  aside?: ReactNode
}

interface SessionDetailPageProps {
  sessionId: string
  slots: SessionDetailSlots
  editRequest?: SessionDetailSearch
  onEditRequestDone?: () => void
}

export function SessionDetailPage({ sessionId, slots, editRequest, onEditRequestDone }: SessionDetailPageProps) {
  const { SessionEditor, DeleteSessionDialog, aside } = slots
  const { snapshot } = useSnapshotMode()
  const query = useSession(sessionId, { snapshot })
  const lookups = useSessionLookups(snapshot)
  const navigate = useNavigate()
  const { edit: requested = false, ...prefill } = editRequest ?? {}
  const [editing, setEditing] = useState(requested)
  // A new request while the page is open (a "Fix in the editor" link on this page) opens it too.
  const requestKey = JSON.stringify(editRequest ?? {})
  const [seenRequest, setSeenRequest] = useState(requestKey)
  if (requestKey !== seenRequest) {
    setSeenRequest(requestKey)
    if (requested) setEditing(true)
  }
  const [deleting, setDeleting] = useState(false)
  const readOnlyId = useId()
  const writeActions = [
    { label: 'Edit', className: 'primary', open: setEditing },
    { label: 'Delete', className: 'danger-outline', open: setDeleting },
  ]

  if (query.isPending) return <SessionLoading />
  if (query.isError)
    return <SessionLoadFailure error={query.error} sessionId={sessionId} snapshot={snapshot} onRetry={() => void query.refetch()} />

  const { session, etag } = query.data
  const schoolName = lookups.schoolName(session.schoolReference.schoolId)
  return (
    <section className="page session-detail" aria-labelledby="session-heading">
      <title>{`${session.sessionName} · Ed-Fi Sessions Steward`}</title>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/sessions" search={lastListSearch()}>
          Sessions
        </Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{session.sessionName}</span>
      </nav>
      <div className="page-heading">
        <div>
          <h1 id="session-heading">{session.sessionName}</h1>
          <p className="page-lead">
            {schoolName ?? `School ${session.schoolReference.schoolId}`}, school year {session.schoolYearTypeReference.schoolYear}
          </p>
        </div>
        <div className="detail-actions">
          <Link to="/sessions/$sessionId/history" params={{ sessionId }} className="button-like">
            History
          </Link>
          {writeActions.map(({ label, className, open }) => (
            <button
              key={label}
              type="button"
              className={className}
              disabled={snapshot}
              aria-describedby={snapshot ? readOnlyId : undefined}
              onClick={() => open(true)}
            >
              {label}
            </button>
          ))}
          {snapshot && (
            <p id={readOnlyId} className="toolbar-note">
              Snapshot mode is read-only: turn it off to edit or delete.
            </p>
          )}
        </div>
      </div>

      <SessionFields session={session} etag={etag} lookups={lookups} />
      {aside}

      <h2 id="grading-periods-heading">Grading periods ({session.gradingPeriods?.length ?? 0})</h2>
      <GradingPeriodsTable session={session} lookups={lookups} snapshot={snapshot} />

      <h2 id="academic-weeks-heading">Academic weeks ({session.academicWeeks?.length ?? 0})</h2>
      <AcademicWeeksTable session={session} lookups={lookups} snapshot={snapshot} />

      <SessionEditor
        mode="edit"
        sessionId={sessionId}
        open={editing && !snapshot}
        prefill={requested ? prefill : undefined}
        onOpenChange={(open) => {
          setEditing(open)
          if (!open && requested) onEditRequestDone?.()
        }}
        onSaved={({ id }) => {
          if (id !== sessionId) void navigate({ to: '/sessions/$sessionId', params: { sessionId: id } })
        }}
      />
      <DeleteSessionDialog
        sessionId={sessionId}
        open={deleting}
        onOpenChange={setDeleting}
        onDeleted={() => void navigate({ to: '/sessions', search: lastListSearch() })}
      />
    </section>
  )
}
