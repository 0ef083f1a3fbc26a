import { createLazyRoute } from '@tanstack/react-router'
import { NextYearWizard } from '../../features/bulk/next-year/next-year-wizard.tsx'

export const Route = createLazyRoute('/bulk/next-year')({ component: NextYearWizard })
