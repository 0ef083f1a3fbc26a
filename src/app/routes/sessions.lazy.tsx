import { createLazyRoute, getRouteApi, Link } from '@tanstack/react-router'
import { SelectionBar } from '../../features/bulk/selection/selection-bar.tsx'
import { useGridSelection } from '../../features/bulk/selection/use-grid-selection.ts'
import { changeWindowOf, filtersOf } from '../../entities/sessions/sessions-search.ts'
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
  const filters = filtersOf(search)
  const changeWindow = changeWindowOf(search)
  // A new filter starts a new selection: "all matching" must never carry over to another set.
  const selection = useGridSelection(JSON.stringify([filters, changeWindow]))
  // Every change of the list state is a history entry, so Back and Forward walk through views.
  return (
    <SessionsPage
      search={search}
      onSearchChange={(next) => void navigate({ search: next })}
      slots={{
        ...slots,
        actions: (
          <>
            <Link to="/bulk/next-year">Set up next school year…</Link>
            <Link to="/bulk/import">Import…</Link>
          </>
        ),
        selection,
        selectionBar: <SelectionBar selection={selection} filters={filters} changeWindow={changeWindow} />,
      }}
    />
  )
}

export const Route = createLazyRoute('/sessions')({ component: SessionsRoute })
