import { createLazyRoute } from '@tanstack/react-router'
import { BatchesPage } from '../../features/bulk/components/batches-page.tsx'

export const Route = createLazyRoute('/bulk')({ component: BatchesPage })
