import { createLazyRoute } from '@tanstack/react-router'
import { ChangesPlaceholder } from './changes-placeholder.tsx'

export const Route = createLazyRoute('/changes')({ component: ChangesPlaceholder })
