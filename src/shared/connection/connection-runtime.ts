import { createActiveConnection, type ActiveConnection, type ActiveConnectionOptions } from './active-connection.ts'
import { createProfileStore, type ProfileStore, type ProfileStoreOptions } from './profile-store.ts'
import { createRouteValuesStore, type RouteValuesStore } from './route-values-store.ts'

export interface ConnectionRuntime {
  profiles: ProfileStore
  active: ActiveConnection
  routes: RouteValuesStore
}

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
