import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SessionDetailPage, type SessionDetailSlots } from '../../features/session-detail/session-detail-page.tsx'
import { LazyDeleteSessionDialog, LazySessionEditor } from '../../features/session-editor/lazy-editor-dialogs.tsx'

const routeApi = getRouteApi('/sessions/$sessionId')

const slots: SessionDetailSlots = { SessionEditor: LazySessionEditor, DeleteSessionDialog: LazyDeleteSessionDialog }

function SessionDetailRoute() {
  const { sessionId } = routeApi.useParams()
  // Keyed by id: another session's page starts fresh (its own dialogs closed).
  return <SessionDetailPage key={sessionId} sessionId={sessionId} slots={slots} />
}

export const Route = createLazyRoute('/sessions/$sessionId')({ component: SessionDetailRoute })
