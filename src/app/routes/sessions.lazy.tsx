import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SinceLastVisitBadge } from '../../features/changes/since-last-visit-badge.tsx'
import { ExportButton } from '../../features/export/export-button.tsx'
import { LazySessionEditor } from '../../features/session-editor/lazy-editor-dialogs.tsx'
import { SessionsPage, type SessionsPageSlots } from '../../features/sessions-list/sessions-page.tsx'

const routeApi = getRouteApi('/sessions')

const slots: SessionsPageSlots = {
  sinceLastVisit: <SinceLastVisitBadge />,
  exportButton: (scope) => <ExportButton {...scope} />,
  SessionEditor: LazySessionEditor,
}

function SessionsRoute() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  // Every change of the list state is a history entry, so Back and Forward walk through views.
  return <SessionsPage search={search} onSearchChange={(next) => void navigate({ search: next })} slots={slots} />
}

export const Route = createLazyRoute('/sessions')({ component: SessionsRoute })
