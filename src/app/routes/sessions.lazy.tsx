import { createLazyRoute, getRouteApi, Link } from '@tanstack/react-router'
import { SessionsPage } from '../../features/sessions/components/sessions-page.tsx'

const routeApi = getRouteApi('/sessions')

function SessionsRoute() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  // Every change of the list state is a history entry, so Back and Forward walk through views.
  return (
    <SessionsPage
      search={search}
      onSearchChange={(next) => void navigate({ search: next })}
      toolbarActions={
        <Link to="/bulk/next-year">
          Set up next school year…
        </Link>
      }
    />
  )
}

export const Route = createLazyRoute('/sessions')({ component: SessionsRoute })
