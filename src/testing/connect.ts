import { createConnection } from '../features/connection/create-connection.ts'
import { connectApiClient } from '../lib/api-client.ts'
import type { EmbeddedApi } from './embedded-api.ts'

/** Points the app's one network door at a test's embedded API, as a given demo client. */
export function connectToEmbeddedApi(api: EmbeddedApi, client: { key: string; secret: string } = { key: 'RvcohKz9zHI4', secret: 'E1iEFusaNf81xzCxwHfbolkC' }) {
  const connection = createConnection({ apiRoot: api.apiRoot, clientKey: client.key, clientSecret: client.secret })
  connectApiClient(connection)
  return connection
}
