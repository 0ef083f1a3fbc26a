import { connectApiClient, type ApiConnection } from '../../lib/api-client.ts'
import { normalizeApiRoot, type ConnectionSettings } from './connection-settings.ts'
import { createConnection, type ConnectionOptions, type LiveConnection } from './create-connection.ts'
import type { ConnectionProfile, ProfileStore } from './profile-store.ts'
import type { RouteValuesStore } from './route-values-store.ts'

export interface ActiveConnectionState {
  profile: ConnectionProfile
  connection: LiveConnection
}

export interface ActiveConnection {
  getSnapshot(): ActiveConnectionState
  subscribe(listener: () => void): () => void
  dispose(): void
}

export interface ActiveConnectionOptions extends ConnectionOptions {
  connect?: (connection: ApiConnection) => void
  onSwitch?: () => void
  routes?: RouteValuesStore
}

const sameSettings = (a: ConnectionSettings, b: ConnectionSettings) =>
  a.apiRoot === b.apiRoot && a.clientKey === b.clientKey && a.clientSecret === b.clientSecret

function activeProfile(store: ProfileStore): ConnectionProfile {
  const { profiles, activeId } = store.getSnapshot()
  const profile = profiles.find((p) => p.id === activeId) ?? profiles[0]
  if (!profile) throw new Error('The profile store always holds the built-in profile')
  return profile
}

/**
 * Follows the profile store's active profile: whenever its root, key or secret change it builds a
 * new connection, hands it to the network door, then lets the app drop cached data of the old one.
 * Renaming a profile keeps the connection (and its token).
 */
export function createActiveConnection(store: ProfileStore, options: ActiveConnectionOptions = {}): ActiveConnection {
  const { connect = connectApiClient, onSwitch, routes, ...connectionOptions } = options
  const connectTo = (to: ConnectionSettings) =>
    createConnection(to, { ...connectionOptions, routeValues: routes?.get(normalizeApiRoot(to.apiRoot)) })
  let profile = activeProfile(store)
  let settings = store.settings(profile.id)
  let state: ActiveConnectionState = { profile, connection: connectTo(settings) }
  connect(state.connection)
  const listeners = new Set<() => void>()

  const unsubscribe = store.subscribe(() => {
    const nextProfile = activeProfile(store)
    const nextSettings = store.settings(nextProfile.id)
    if (nextProfile === profile && sameSettings(nextSettings, settings)) return
    const switched = nextProfile.id !== profile.id || !sameSettings(nextSettings, settings)
    profile = nextProfile
    settings = nextSettings
    if (switched) {
      state = { profile, connection: connectTo(settings) }
      connect(state.connection)
      onSwitch?.()
    } else {
      state = { ...state, profile }
    }
    listeners.forEach((listener) => listener())
  })

  const unsubscribeRoutes = routes?.subscribe(() => {
    const values = routes.get(state.connection.apiRoot)
    const before = state.connection.routeValues
    if (Object.keys(values).every((name) => values[name] === before[name])) return
    state = { profile, connection: connectTo(settings) }
    connect(state.connection)
    onSwitch?.()
    listeners.forEach((listener) => listener())
  })

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      unsubscribe()
      unsubscribeRoutes?.()
    },
  }
}
