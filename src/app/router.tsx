import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router'
import { changesSearchSchema } from '../features/changes/changes-search.ts'
import { prefetchSessionsPage } from '../features/sessions-list/sessions-prefetch.ts'
import { sessionsSearchSchema } from '../entities/sessions/sessions-search.ts'
import { sessionDetailSearchSchema } from '../features/session-detail/detail-search.ts'
import { overviewSearchSchema } from '../features/overview/overview-search.ts'
import { qualitySearchSchema } from '../features/quality/quality-search.ts'
import { withCurrentSchoolYear } from './current-year-redirect.ts'
import { RootLayout } from './root-layout.tsx'
import { NotFound } from './routes/not-found.tsx'

export interface RouterContext {
  queryClient: QueryClient
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
})

function screen<TPath extends string>(path: TPath) {
  return createRoute({ getParentRoute: () => rootRoute, path })
}

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: overviewSearchSchema,
}).lazy(() => import('./routes/overview.lazy.tsx').then((m) => m.Route))

const qualityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'quality',
  validateSearch: qualitySearchSchema,
}).lazy(() => import('./routes/quality.lazy.tsx').then((m) => m.Route))

const sessionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sessions',
  validateSearch: sessionsSearchSchema,
  // A bare /sessions opens on the current school year; "all years" is a choice kept in the URL.
  beforeLoad: async ({ search, context }) => {
    const target = await withCurrentSchoolYear(context.queryClient, search)
    if (target) throw redirect({ to: '/sessions', search: target, replace: true })
  },
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => prefetchSessionsPage(context.queryClient, deps),
}).lazy(() => import('./routes/sessions.lazy.tsx').then((m) => m.Route))

const connectionRoute = screen('connection').lazy(() => import('./routes/connection.lazy.tsx').then((m) => m.Route))

const sessionDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sessions/$sessionId',
  validateSearch: sessionDetailSearchSchema,
}).lazy(() => import('./routes/session-detail.lazy.tsx').then((m) => m.Route))

const sessionHistoryRoute = screen('sessions/$sessionId/history').lazy(() =>
  import('./routes/session-history.lazy.tsx').then((m) => m.Route),
)

const changesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'changes',
  validateSearch: changesSearchSchema,
}).lazy(() => import('./routes/changes.lazy.tsx').then((m) => m.Route))

const bulkRoute = screen('bulk').lazy(() => import('./routes/bulk.lazy.tsx').then((m) => m.Route))

const bulkNextYearRoute = screen('bulk/next-year').lazy(() => import('./routes/bulk-next-year.lazy.tsx').then((m) => m.Route))

const bulkImportRoute = screen('bulk/import').lazy(() => import('./routes/bulk-import.lazy.tsx').then((m) => m.Route))

const bulkBatchRoute = screen('bulk/$batchId').lazy(() => import('./routes/bulk-batch.lazy.tsx').then((m) => m.Route))

const routeTree = rootRoute.addChildren([
  indexRoute,
  sessionsRoute,
  sessionDetailRoute,
  sessionHistoryRoute,
  changesRoute,
  bulkRoute,
  bulkNextYearRoute,
  bulkImportRoute,
  bulkBatchRoute,
  qualityRoute,
  connectionRoute,
])

export function createAppRouter(context: RouterContext) {
  return createRouter({ routeTree, context, defaultPreload: 'intent', scrollRestoration: true })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
