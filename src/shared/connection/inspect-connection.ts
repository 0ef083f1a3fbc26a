import type { SessionFormLimits } from '../../entities/sessions/session-form-limits.ts'
import type { ServerCapabilities } from '../../lib/edfi/capabilities.ts'
import type { ConnectionSettings } from './connection-settings.ts'
import { changeQueriesFallback, createConnection, type ConnectionOptions, type LiveConnection } from './create-connection.ts'

export interface ConnectionReport {
  apiRoot: string
  applicationName?: string
  apiVersion?: string
  build?: string
  dataModels: { name: string; version: string }[]
  urls: {
    dataManagementApi: string
    oauth: string
    changeQueries: string
    changeQueriesListed: boolean
  }
  tokenExpiresAt?: number
  capabilities?: ServerCapabilities
  formLimits?: SessionFormLimits
}

export async function inspectConnection(connection: LiveConnection, { refresh = true } = {}): Promise<ConnectionReport> {
  const discovery = await connection.discovery({ refresh })
  await connection.accessToken()
  const [capabilities, formLimits] = await Promise.all([connection.capabilities(), connection.formLimits()])
  return {
    capabilities,
    formLimits,
    apiRoot: connection.apiRoot,
    applicationName: discovery.applicationName,
    apiVersion: discovery.version,
    build: discovery.build,
    dataModels: (discovery.dataModels ?? []).map(({ name, version }) => ({ name, version })),
    urls: {
      dataManagementApi: discovery.urls.dataManagementApi,
      oauth: discovery.urls.oauth,
      changeQueries: discovery.urls.changeQueries ?? changeQueriesFallback(connection.apiRoot),
      changeQueriesListed: discovery.urls.changeQueries !== undefined,
    },
    tokenExpiresAt: connection.tokens.status().expiresAt,
  }
}

export function testConnection(settings: ConnectionSettings, options?: ConnectionOptions): Promise<ConnectionReport> {
  return inspectConnection(createConnection(settings, options))
}
