import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SessionFindings } from '../../features/quality/components/session-findings.tsx'
import { useSession } from '../../features/sessions/api/session-hooks.ts'
import { SessionDetailPage } from '../../features/sessions/detail/session-detail-page.tsx'
import { useSnapshotMode } from '../../features/snapshot/snapshot-mode.tsx'

const routeApi = getRouteApi('/sessions/$sessionId')

function SessionDetailRoute() {
  const { sessionId } = routeApi.useParams()
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const { snapshot } = useSnapshotMode()
  // The same cached read the page makes: the findings need the session's school year.
  const schoolYear = useSession(sessionId, { snapshot }).data?.session.schoolYearTypeReference.schoolYear
  // Keyed by id: another session's page starts fresh (its own dialogs closed).
  return (
    <SessionDetailPage
      key={sessionId}
      sessionId={sessionId}
      editRequest={search}
      onEditRequestDone={() => void navigate({ search: {}, replace: true })}
      aside={schoolYear !== undefined && <SessionFindings sessionId={sessionId} schoolYear={schoolYear} />}
    />
  )
}

export const Route = createLazyRoute('/sessions/$sessionId')({ component: SessionDetailRoute })
