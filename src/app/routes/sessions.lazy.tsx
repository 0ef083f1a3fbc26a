import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { SessionsPage } from '../../features/sessions/components/sessions-page.tsx'

const routeApi = getRouteApi('/sessions')

function SessionsRoute() {
  const { offset = 0 } = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  return (
    <SessionsPage
      offset={offset}
      onOffsetChange={(next) => void navigate({ search: (prev) => ({ ...prev, offset: next || undefined }) })}
    />
  )
}

export const Route = createLazyRoute('/sessions')({ component: SessionsRoute })
