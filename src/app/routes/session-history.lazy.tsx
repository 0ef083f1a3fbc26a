import { createLazyRoute, getRouteApi } from '@tanstack/react-router'

const routeApi = getRouteApi('/sessions/$sessionId/history')

// Placeholder: replaced by the per-session history.
function SessionHistoryRoute() {
  const { sessionId } = routeApi.useParams()
  return <p className="status">History of session {sessionId}</p>
}

export const Route = createLazyRoute('/sessions/$sessionId/history')({ component: SessionHistoryRoute })
