import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { BatchPage } from '../../features/bulk/components/batch-page.tsx'

const routeApi = getRouteApi('/bulk/$batchId')

function BatchRoute() {
  const { batchId } = routeApi.useParams()
  return <BatchPage key={batchId} batchId={batchId} />
}

export const Route = createLazyRoute('/bulk/$batchId')({ component: BatchRoute })
