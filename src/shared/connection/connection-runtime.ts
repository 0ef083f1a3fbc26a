import { createActiveConnection, type ActiveConnection, type ActiveConnectionOptions } from './active-connection.ts'
import { createProfileStore, type ProfileStore, type ProfileStoreOptions } from './profile-store.ts'
import { createRouteValuesStore, type RouteValuesStore } from './route-values-store.ts'

/** Everything the connection screen and the header need: the profiles and the connection in use. */
export interface ConnectionRuntime {
  profiles: ProfileStore
  active: ActiveConnection
  /** Chosen values for route placeholders (school year, tenant) per API root. */
  routes: RouteValuesStore
}

/** Built once per page load by app/; connects the network door to the active profile at once. */
export function createConnectionRuntime(options: ProfileStoreOptions & ActiveConnectionOptions = {}): ConnectionRuntime {
  const { local, session, origin, ...activeOptions } = options
  const profiles = createProfileStore({ local, session, origin })
  const routes = createRouteValuesStore(local ?? safeLocalStorage())
  return { profiles, routes, active: createActiveConnection(profiles, { ...activeOptions, routes }) }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}
