// Test helper (never imported by the app): renders sessions screens inside a real TanStack Router on
// memory history, with the routes their links and navigation need, a fresh QueryClient and snapshot mode.
import { QueryClientProvider } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
  type AnyRouter,
} from '@tanstack/react-router'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { createQueryClient } from '../lib/query-client.ts'
import { ConnectionProvider } from '../shared/connection/connection-context.tsx'
import { createConnectionRuntime } from '../shared/connection/connection-runtime.ts'
import { SnapshotModeProvider } from '../shared/snapshot/snapshot-mode.tsx'
import { sessionsSearchSchema } from '../entities/sessions/sessions-search.ts'

interface Screens {
  sessions?: () => ReactNode
  detail?: (sessionId: string) => ReactNode
}

// jsdom has no scrolling; the router scrolls to the top after each navigation.
window.scrollTo = () => {}

interface Options {
  /** The embedded API the screens talk to (the app's built-in demo profile points at its origin). */
  apiRoot: string
  snapshot?: boolean
  /** Connect as another demo client than the built-in profile's. */
  client?: { key: string; secret: string }
}

export function renderInRouter(url: string, screens: Screens, options: Options) {
  const root = createRootRoute({ component: Outlet })
  const sessions = createRoute({
    getParentRoute: () => root,
    path: 'sessions',
    validateSearch: sessionsSearchSchema,
    component: () => screens.sessions?.() ?? <p>sessions list</p>,
  })
  const detail = createRoute({
    getParentRoute: () => root,
    path: 'sessions/$sessionId',
    component: function Detail() {
      const { sessionId } = detail.useParams()
      return screens.detail?.(sessionId) ?? <p>detail of {sessionId}</p>
    },
  })
  const history = createRoute({ getParentRoute: () => root, path: 'sessions/$sessionId/history', component: () => <p>history</p> })
  const changes = createRoute({ getParentRoute: () => root, path: 'changes', component: () => <p>changes</p> })
  const router: AnyRouter = createRouter({
    routeTree: root.addChildren([sessions, detail, history, changes]),
    history: createMemoryHistory({ initialEntries: [url] }),
  })
  const queryClient = createQueryClient()
  const connection = createConnectionRuntime({ origin: new URL(options.apiRoot).origin, onSwitch: () => queryClient.clear() })
  if (options.client) {
    const { key, secret } = options.client
    connection.profiles.activate(
      connection.profiles.add({ name: key, apiRoot: options.apiRoot, clientKey: key, clientSecret: secret, rememberSecret: false }),
    )
  }
  const result = render(
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider runtime={connection}>
        <SnapshotModeProvider initial={options.snapshot ?? false}>
          <RouterProvider router={router} />
        </SnapshotModeProvider>
      </ConnectionProvider>
    </QueryClientProvider>,
  )
  return { ...result, router, queryClient }
}
