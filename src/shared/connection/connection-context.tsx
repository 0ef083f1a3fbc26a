import { useQuery, type QueryKey } from '@tanstack/react-query'
import { createContext, use, useSyncExternalStore, type ReactNode } from 'react'
import type { ServerCapabilities } from '../../lib/edfi/capabilities.ts'
import { connectionQueries } from './connection-queries.ts'
import type { ActiveConnectionState } from './active-connection.ts'
import type { ConnectionRuntime } from './connection-runtime.ts'
import type { LiveConnection } from './create-connection.ts'
import type { ProfileStore, ProfilesState } from './profile-store.ts'
import type { TokenStatus } from './token-source.ts'

export const ConnectionContext = createContext<ConnectionRuntime | null>(null)

export function ConnectionProvider({ runtime, children }: { runtime: ConnectionRuntime; children: ReactNode }) {
  return <ConnectionContext value={runtime}>{children}</ConnectionContext>
}

function useRuntime(): ConnectionRuntime {
  const runtime = use(ConnectionContext)
  if (!runtime) throw new Error('Wrap the app in <ConnectionProvider>')
  return runtime
}

export function useProfileStore(): ProfileStore {
  return useRuntime().profiles
}

export function useProfiles(): ProfilesState {
  const store = useProfileStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

export function useActiveConnection(): ActiveConnectionState {
  const { active } = useRuntime()
  return useSyncExternalStore(active.subscribe, active.getSnapshot)
}

export function useTokenStatus(connection: LiveConnection): TokenStatus {
  return useSyncExternalStore(connection.tokens.subscribe, connection.tokens.status)
}

const noSubscription = () => () => {}
const noState = () => undefined

/**
 * What the connected server can do (paging, partitions, change history, snapshots, routes);
 * undefined until the one-time probes have answered, or outside a <ConnectionProvider> (component
 * tests), where screens behave as against a full ODS/API 7.3. Screens ask this, never the version.
 */
export function useCapabilities(): ServerCapabilities | undefined {
  return useConnectionProbe({ name: 'capabilities', key: (c) => connectionQueries.capabilities(c).queryKey, read: (c) => c.capabilities() })
}

interface ConnectionProbe<T> {
  name: string
  key: (connection: LiveConnection) => QueryKey
  read: (connection: LiveConnection) => Promise<T>
}

export function useConnectionProbe<T>({ name, key, read }: ConnectionProbe<T>): T | undefined {
  const active = use(ConnectionContext)?.active
  const state = useSyncExternalStore(active?.subscribe ?? noSubscription, active?.getSnapshot ?? noState)
  const connection = state?.connection
  const query = useQuery({
    queryKey: connection ? key(connection) : [...connectionQueries.all(), name, 'none'],
    queryFn: () => (connection ? read(connection) : Promise.reject(new Error('not connected'))),
    enabled: connection !== undefined,
    staleTime: Infinity,
  })
  return query.data
}

export function useRouteValues(): { values: Readonly<Record<string, string>>; set: (name: string, value: string) => void } {
  const { routes } = useRuntime()
  const { connection } = useActiveConnection()
  return { values: connection.routeValues, set: (name, value) => routes.set(connection.apiRoot, name, value) }
}
