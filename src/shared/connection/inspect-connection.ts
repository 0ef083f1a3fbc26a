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
    /** False when discovery leaves change queries out and the ODS default layout is assumed. */
    changeQueriesListed: boolean
  }
  /** When the access token obtained for this check stops being accepted (epoch ms). */
  tokenExpiresAt?: number
  /** What the server can do; undefined while its routes still need a value (e.g. a school year). */
  capabilities?: ServerCapabilities
  /** The session form rules from the server's metadata (or the DS 5.2 fallback). */
  formLimits?: SessionFormLimits
}

/**
 * Reads discovery, then obtains a token (reusing the connection's cached one): both must work to
 * connect. `refresh: false` accepts the discovery document this connection already read.
 */
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

/** "Test connection" for settings that are not (yet) the active connection. */
export function testConnection(settings: ConnectionSettings, options?: ConnectionOptions): Promise<ConnectionReport> {
  return inspectConnection(createConnection(settings, options))
}
