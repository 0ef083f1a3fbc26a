import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { useSession } from '../../entities/sessions/session-hooks.ts'
import { SessionFindings } from '../../features/quality/components/session-findings.tsx'
import { SessionDetailPage, type SessionDetailSlots } from '../../features/session-detail/session-detail-page.tsx'
import { LazyDeleteSessionDialog, LazySessionEditor } from '../../features/session-editor/lazy-editor-dialogs.tsx'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'

const routeApi = getRouteApi('/sessions/$sessionId')

const dialogs: Omit<SessionDetailSlots, 'aside'> = { SessionEditor: LazySessionEditor, DeleteSessionDialog: LazyDeleteSessionDialog }

function SessionDetailRoute() {
  const { sessionId } = routeApi.useParams()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const { snapshot } = useSnapshotMode()
  // The same cached read the page makes: the findings need the session's school year.
  const schoolYear = useSession(sessionId, { snapshot }).data?.session.schoolYearTypeReference.schoolYear
  return (
    <SessionDetailPage
      key={sessionId}
      sessionId={sessionId}
      slots={{ ...dialogs, aside: schoolYear !== undefined && <SessionFindings sessionId={sessionId} schoolYear={schoolYear} /> }}
      editRequest={search}
      onEditRequestDone={() => void navigate({ search: {}, replace: true })}
    />
  )
}

export const Route = createLazyRoute('/sessions/$sessionId')({ component: SessionDetailRoute })
