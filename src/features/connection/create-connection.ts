import type { ApiConnection } from '../../lib/api-client.ts'
import type { ConnectionSettings } from './connection-settings.ts'
import { getDiscovery, type Discovery } from './discovery.ts'
import { createTokenSource } from './token-source.ts'

/** A live connection: discovery read once (shared while in flight, retried after a failure), tokens cached. */
export function createConnection(settings: ConnectionSettings): ApiConnection {
  let discovery: Promise<Discovery> | undefined
  const discover = (): Promise<Discovery> => {
    discovery ??= getDiscovery(settings.apiRoot).catch((error: unknown) => {
      discovery = undefined
      throw error
    })
    return discovery
  }
  const tokens = createTokenSource(
    async () => (await discover()).urls.oauth,
    settings.clientKey,
    settings.clientSecret,
  )
  return {
    async dataUrl(path) {
      const base = (await discover()).urls.dataManagementApi.replace(/\/+$/, '')
      return `${base}/${path.replace(/^\/+/, '')}`
    },
    async changeQueriesUrl(path) {
      const urls = (await discover()).urls
      // Servers that leave changeQueries out of discovery keep the ODS/API default layout.
      const base = (urls.changeQueries ?? `${settings.apiRoot}/changeQueries/v1`).replace(/\/+$/, '')
      return `${base}/${path.replace(/^\/+/, '')}`
    },
    accessToken: (options) => tokens.get(options),
  }
}
