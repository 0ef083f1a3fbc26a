import { createLazyRoute } from '@tanstack/react-router'
import { ImportPage } from '../../features/bulk/import/import-page.tsx'

export const Route = createLazyRoute('/bulk/import')({ component: ImportPage })
