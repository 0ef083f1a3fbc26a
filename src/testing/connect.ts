import { createConnection } from '../shared/connection/create-connection.ts'
import { connectApiClient } from '../lib/api-client.ts'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { startEmbeddedApi, type EmbeddedApi } from './embedded-api.ts'

/** Points the app's one network door at a test's embedded API, as a given demo client. */
export function connectToEmbeddedApi(
  api: EmbeddedApi,
  client: { key: string; secret: string } = { key: 'RvcohKz9zHI4', secret: 'E1iEFusaNf81xzCxwHfbolkC' },
) {
  const connection = createConnection({ apiRoot: api.apiRoot, clientKey: client.key, clientSecret: client.secret })
  connectApiClient(connection)
  return connection
}

/**
 * The usual setup of a client test file: one embedded API for the file (started before, stopped
 * after), the network door connected to it before each test, fetch spies undone after each. The
 * returned object reads through to the started API, so `api.apiRoot` works inside tests.
 */
export function setUpEmbeddedApi(): EmbeddedApi {
  let started: EmbeddedApi | undefined
  const live = () => {
    if (!started) throw new Error('the embedded API starts in beforeAll; use it inside tests and hooks')
    return started
  }
  beforeAll(async () => {
    started = await startEmbeddedApi()
  })
  afterAll(() => started?.stop())
  beforeEach(async () => {
    // The capability probes run once per connection; done here, they stay out of the requests a test counts.
    await connectToEmbeddedApi(live()).capabilities()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
  return {
    get apiRoot() {
      return live().apiRoot
    },
    injectFault: (spec) => live().injectFault(spec),
    token: (key, secret) => live().token(key, secret),
    stop: () => live().stop(),
  }
}
