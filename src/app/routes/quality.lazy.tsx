import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { QualityPage } from '../../features/quality/components/quality-page.tsx'

const routeApi = getRouteApi('/quality')

function QualityRoute() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  return <QualityPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
}

export const Route = createLazyRoute('/quality')({ component: QualityRoute })
