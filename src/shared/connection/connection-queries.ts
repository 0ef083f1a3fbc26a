import { queryOptions, useMutation } from '@tanstack/react-query'
import type { ConnectionSettings } from './connection-settings.ts'
import type { LiveConnection } from './create-connection.ts'
import { inspectConnection, testConnection } from './inspect-connection.ts'

export const connectionQueries = {
  all: () => ['connection'] as const,
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
  capabilities: (connection: LiveConnection) =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'capabilities', connection.id] as const,
      queryFn: () => connection.capabilities(),
      staleTime: Infinity,
    }),
  formLimits: (connection: LiveConnection) =>
    queryOptions({
      queryKey: [...connectionQueries.all(), 'form-limits', connection.id] as const,
      queryFn: () => connection.formLimits(),
      staleTime: Infinity,
    }),
}

export function useTestConnection() {
  return useMutation({ mutationFn: (settings: ConnectionSettings) => testConnection(settings) })
}
