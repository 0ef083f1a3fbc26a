import { activeConnection, activeCapabilities, type ApiConnection } from './api-client.ts'
import { ApiError } from './api-error.ts'
import type { ServerCapabilities } from './edfi/capabilities.ts'

// A Web Worker has its own copy of the network door. The page lends it what its requests need: the
// resolved data and change-queries roots, the capabilities and a bearer token. The token travels in
// a message, never in a URL; a 401 in the worker asks the page for a fresh one (the page owns the
// secret and the token cache), so retries, snapshot headers and error handling stay the door's own.

export interface LentConnection {
  dataRoot: string
  changeQueriesRoot: string
  token: string
  capabilities: ServerCapabilities
}

/** What the page hands a worker so that it can read as the page would. */
export async function lendActiveConnection(): Promise<LentConnection> {
  const connection = activeConnection()
  if (!connection) throw ApiError.notConnected()
  const [dataRoot, changeQueriesRoot, token, capabilities] = await Promise.all([
    connection.dataUrl(''),
    connection.changeQueriesUrl(''),
    connection.accessToken(),
    activeCapabilities(),
  ])
  return { dataRoot, changeQueriesRoot, token, capabilities }
}

/** A fresh token from the page's connection, after the worker's was refused. */
export async function renewLentToken(): Promise<string> {
  const connection = activeConnection()
  if (!connection) throw ApiError.notConnected()
  return connection.accessToken({ renew: true })
}

const join = (root: string, path: string) => `${root.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`

/** The worker's side: a connection built from what was lent; `renew` asks the page for a new token. */
export function borrowedConnection(lent: LentConnection, renew: () => Promise<string>): ApiConnection {
  let token = Promise.resolve(lent.token)
  return {
    dataUrl: (path) => Promise.resolve(join(lent.dataRoot, path)),
    changeQueriesUrl: (path) => Promise.resolve(join(lent.changeQueriesRoot, path)),
    accessToken: (options) => {
      if (options?.renew) token = renew()
      return token
    },
    capabilities: () => Promise.resolve(lent.capabilities),
  }
}
