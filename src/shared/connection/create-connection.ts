import type { ApiConnection } from '../../lib/api-client.ts'
import { fillRoute, type ServerCapabilities } from '../../lib/edfi/capabilities.ts'
import { normalizeApiRoot, type ConnectionSettings } from './connection-settings.ts'
import { getDiscovery, type Discovery } from './discovery.ts'
import { probeCapabilities } from './probe-capabilities.ts'
import { readFormLimits } from './read-form-limits.ts'
import type { SessionFormLimits } from '../../entities/sessions/session-form-limits.ts'
import { createTokenSource, type TokenSource } from './token-source.ts'
import { secretWithheld } from './connection-problems.ts'
import { confirmInBrowser, secretDestinationRisk } from './secret-destination.ts'

export interface LiveConnection extends ApiConnection {
  /** Distinct per created connection, so caches keyed by it never mix two connections. */
  readonly id: number
  readonly apiRoot: string
  readonly clientKey: string
  discovery(options?: { refresh?: boolean }): Promise<Discovery>
  readonly tokens: TokenSource
  readonly routeValues: Readonly<Record<string, string>>
  capabilities(): Promise<ServerCapabilities>
  formLimits(): Promise<SessionFormLimits>
}

export interface ConnectionOptions {
  now?: () => number
  /** Asks before the secret goes to another site or over http:// beyond this machine (default: the browser's confirm). */
  confirmSecretDestination?: (question: string) => boolean
  routeValues?: Readonly<Record<string, string>>
}

let nextId = 1

const join = (base: string, path: string) => `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`

export function createConnection(settings: ConnectionSettings, options: ConnectionOptions = {}): LiveConnection {
  const apiRoot = normalizeApiRoot(settings.apiRoot)
  const routeValues = options.routeValues ?? {}
  const route = (url: string) => fillRoute(url, routeValues)
  let discovery: Promise<Discovery> | undefined
  const discover = ({ refresh = false } = {}): Promise<Discovery> => {
    if (discovery && !refresh) return discovery
    const reading: Promise<Discovery> = getDiscovery(apiRoot).catch((error: unknown) => {
      if (discovery === reading) discovery = undefined
      throw error
    })
    discovery = reading
    return reading
  }
  const confirm = options.confirmSecretDestination ?? confirmInBrowser
  let approvedTokenUrl: string | undefined
  const tokenUrl = async () => {
    const url = route((await discover()).urls.oauth)
    const question = secretDestinationRisk(apiRoot, url)
    if (question && approvedTokenUrl !== url) {
      if (!confirm(question)) throw secretWithheld(url)
      approvedTokenUrl = url
    }
    return url
  }
  const tokens = createTokenSource({
    tokenUrl,
    clientKey: settings.clientKey,
    clientSecret: settings.clientSecret,
    now: options.now,
  })
  const dataUrl = async (path: string) => join(route((await discover()).urls.dataManagementApi), path)
  const changeQueriesUrl = async (path: string) =>
    // Servers that leave changeQueries out of discovery keep the ODS/API default layout.
    join(route((await discover()).urls.changeQueries ?? changeQueriesFallback(apiRoot)), path)
  let capabilities: Promise<ServerCapabilities> | undefined
  const readCapabilities = async (): Promise<ServerCapabilities> =>
    probeCapabilities({
      discovery: await discover(),
      sessionsUrl: await dataUrl('ed-fi/sessions'),
      changeQueriesBase: route((await discover()).urls.changeQueries ?? changeQueriesFallback(apiRoot)),
      accessToken: await tokens.get(),
    })
  let formLimits: Promise<SessionFormLimits> | undefined
  return {
    id: nextId++,
    routeValues,
    formLimits() {
      formLimits ??= discover().then(
        (found) => readFormLimits({ discovery: found, apiRoot, route }),
        (error: unknown) => {
          formLimits = undefined
          throw error
        },
      )
      return formLimits
    },
    capabilities() {
      capabilities ??= readCapabilities().catch((error: unknown) => {
        capabilities = undefined
        throw error
      })
      return capabilities
    },
    apiRoot,
    clientKey: settings.clientKey,
    discovery: (discoveryOptions) => discover(discoveryOptions),
    tokens,
    dataUrl,
    changeQueriesUrl,
    accessToken: (tokenOptions) => tokens.get(tokenOptions),
  }
}

export function changeQueriesFallback(apiRoot: string): string {
  return `${apiRoot}/changeQueries/v1`
}
