import { createLazyRoute, getRouteApi } from '@tanstack/react-router'

const routeApi = getRouteApi('/sessions/$sessionId')

// Placeholder: replaced by the session detail view.
function SessionDetailRoute() {
  const { sessionId } = routeApi.useParams()
  return <p className="status">Session {sessionId}</p>
}

export const Route = createLazyRoute('/sessions/$sessionId')({ component: SessionDetailRoute })
