import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SessionDetailPage } from '../../features/session-detail/session-detail-page.tsx'

const routeApi = getRouteApi('/sessions/$sessionId')

function SessionDetailRoute() {
  const { sessionId } = routeApi.useParams()
  // Keyed by id: another session's page starts fresh (its own dialogs closed).
  return <SessionDetailPage key={sessionId} sessionId={sessionId} />
}

export const Route = createLazyRoute('/sessions/$sessionId')({ component: SessionDetailRoute })
