import { queryOptions, useMutation } from '@tanstack/react-query'
import type { ConnectionSettings } from './connection-settings.ts'
import type { LiveConnection } from './create-connection.ts'
import { inspectConnection, testConnection } from './inspect-connection.ts'

export const connectionQueries = {
  all: () => ['connection'] as const,
  /** Discovery + token of the connection in use; keyed by the connection, so a switch starts afresh. */
  check: (connection: LiveConnection) =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'check', connection.id, connection.apiRoot] as const,
      // The first check shares the discovery read the app started at boot; a check the user asks
      // for again reads it anew, since it must show whether the server answers now.
      queryFn: ({ client, queryKey }) => {
        const earlier = client.getQueryState(queryKey)
        return inspectConnection(connection, { refresh: Boolean(earlier?.dataUpdatedAt || earlier?.errorUpdatedAt) })
      },
      // A connection check answers "does this work now?": the user retries on purpose.
      retry: false,
      staleTime: Infinity,
    }),
  /** What the connected server can do, probed once per connection (shared with the check above). */
  capabilities: (connection: LiveConnection) =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'capabilities', connection.id] as const,
      queryFn: () => connection.capabilities(),
      staleTime: Infinity,
    }),
  /** The server's form rules for a session, read once per connection. */
  formLimits: (connection: LiveConnection) =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'form-limits', connection.id] as const,
      queryFn: () => connection.formLimits(),
      staleTime: Infinity,
    }),
}

/** "Test connection" for typed, unsaved settings: a throwaway connection, nothing cached. */
export function useTestConnection() {
  return useMutation({ mutationFn: (settings: ConnectionSettings) => testConnection(settings) })
}
