import { createLazyRoute } from '@tanstack/react-router'
import { ConnectionPage } from '../../features/connection/components/connection-page.tsx'

export const Route = createLazyRoute('/connection')({ component: ConnectionPage })
