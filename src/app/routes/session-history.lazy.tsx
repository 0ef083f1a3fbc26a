import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SessionHistoryPage } from '../../features/history/session-history-page.tsx'

const routeApi = getRouteApi('/sessions/$sessionId/history')

function SessionHistoryRoute() {
  const { sessionId } = routeApi.useParams()
  // Keyed by id: moving from one session's history to another's starts clean.
  return <SessionHistoryPage key={sessionId} sessionId={sessionId} />
}

export const Route = createLazyRoute('/sessions/$sessionId/history')({ component: SessionHistoryRoute })
