import { createLazyRoute, getRouteApi, Link } from '@tanstack/react-router'
import { SelectionBar } from '../../features/bulk/selection/selection-bar.tsx'
import { useGridSelection } from '../../features/bulk/selection/use-grid-selection.ts'
import { SessionsPage } from '../../features/sessions/components/sessions-page.tsx'
import { changeWindowOf, filtersOf } from '../../features/sessions/sessions-search.ts'

const routeApi = getRouteApi('/sessions')

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
      toolbarActions={
        <>
          <Link to="/bulk/next-year">Set up next school year…</Link>
          <Link to="/bulk/import">Import…</Link>
        </>
      }
      selection={selection}
      selectionBar={<SelectionBar selection={selection} filters={filters} changeWindow={changeWindow} />}
    />
  )
}

export const Route = createLazyRoute('/sessions')({ component: SessionsRoute })
