import { z } from 'zod'
import { DEMO_CLIENT_KEY, defaultConnectionSettings, normalizeApiRoot, type ConnectionSettings } from './connection-settings.ts'

// Profiles (name, API root, client key) persist in localStorage. Secrets never do: they live in
// memory, or in sessionStorage (this tab only, gone when it closes) when the user asks for that.
// The built-in demo profile's secret is public and shipped in the bundle, so it is never stored.

export const PROFILES_STORAGE_KEY = 'edfi-steward.connection-profiles.v1'
export const SECRETS_STORAGE_KEY = 'edfi-steward.connection-secrets.v1'
export const DEMO_PROFILE_ID = 'embedded-demo'

export interface ConnectionProfile {
  id: string
  name: string
  apiRoot: string
  clientKey: string
  builtIn: boolean
  secret: 'built-in' | 'memory' | 'tab' | 'missing'
}

export interface ProfilesState {
  profiles: readonly ConnectionProfile[]
  activeId: string
}

export interface ProfileInput {
  name: string
  apiRoot: string
  clientKey: string
  /** Empty keeps the secret already known for this profile (editing without retyping it). */
  clientSecret: string
  rememberSecret: boolean
}

export interface ProfileStore {
  getSnapshot(): ProfilesState
  subscribe(listener: () => void): () => void
  add(input: ProfileInput): string
  update(id: string, input: ProfileInput): void
  remove(id: string): void
  activate(id: string): void
  settings(id: string): ConnectionSettings
}

export interface ProfileStoreOptions {
  local?: Storage
  session?: Storage
  origin?: string
}

const storedSchema = z.object({
  activeId: z.string(),
  profiles: z.array(z.object({ id: z.string(), name: z.string(), apiRoot: z.string(), clientKey: z.string() })),
})
type Stored = z.infer<typeof storedSchema>
const secretsSchema = z.record(z.string(), z.string())

function safeStorage(get: () => Storage): Storage | undefined {
  try {
    return get()
  } catch {
    return undefined // e.g. storage disabled by policy
  }
}

function readStored<T>(storage: Storage | undefined, key: string, schema: z.ZodType<T>): T | undefined {
  try {
    const text = storage?.getItem(key)
    if (!text) return undefined
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

function writeStored(storage: Storage | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value))
  } catch {
    // Quota or private mode: the profiles still work for this page's lifetime.
  }
}

function removeItem(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key)
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}

function newId(): string {
  // crypto.randomUUID needs a secure context; a district may serve this app over plain http.
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

export function createProfileStore(options: ProfileStoreOptions = {}): ProfileStore {
  const local = options.local ?? safeStorage(() => window.localStorage)
  const session = options.session ?? safeStorage(() => window.sessionStorage)
  const demo = defaultConnectionSettings(options.origin)

  const stored: Stored = readStored(local, PROFILES_STORAGE_KEY, storedSchema) ?? { activeId: DEMO_PROFILE_ID, profiles: [] }
  let profiles = stored.profiles.filter((p) => p.id !== DEMO_PROFILE_ID)
  const remembered = new Map(Object.entries(readStored(session, SECRETS_STORAGE_KEY, secretsSchema) ?? {}))
  const secrets = new Map(remembered)
  let activeId = profiles.some((p) => p.id === stored.activeId) ? stored.activeId : DEMO_PROFILE_ID

  const listeners = new Set<() => void>()
  let snapshot = buildSnapshot()

  function buildSnapshot(): ProfilesState {
    const builtIn: ConnectionProfile = {
      id: DEMO_PROFILE_ID,
      name: 'Embedded demo API',
      apiRoot: demo.apiRoot,
      clientKey: DEMO_CLIENT_KEY,
      builtIn: true,
      secret: 'built-in',
    }
    const own = profiles.map<ConnectionProfile>((p) => ({
      ...p,
      builtIn: false,
      secret: remembered.has(p.id) ? 'tab' : secrets.has(p.id) ? 'memory' : 'missing',
    }))
    return { profiles: [builtIn, ...own], activeId }
  }

  function commit(): void {
    writeStored(local, PROFILES_STORAGE_KEY, { activeId, profiles } satisfies Stored)
    if (remembered.size > 0) writeStored(session, SECRETS_STORAGE_KEY, Object.fromEntries(remembered))
    else removeItem(session, SECRETS_STORAGE_KEY)
    snapshot = buildSnapshot()
    listeners.forEach((listener) => listener())
  }

  function own(id: string) {
    const profile = profiles.find((p) => p.id === id)
    if (!profile) throw new Error(`No editable connection profile ${id}`)
    return profile
  }

  function keepSecret(id: string, input: ProfileInput): void {
    if (input.clientSecret) secrets.set(id, input.clientSecret)
    const secret = secrets.get(id)
    if (input.rememberSecret && secret) remembered.set(id, secret)
    else remembered.delete(id)
  }

  const fields = (input: ProfileInput) => ({
    name: input.name.trim(),
    apiRoot: normalizeApiRoot(input.apiRoot),
    clientKey: input.clientKey.trim(),
  })

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    add(input) {
      const id = newId()
      profiles = [...profiles, { id, ...fields(input) }]
      keepSecret(id, input)
      commit()
      return id
    },
    update(id, input) {
      own(id)
      profiles = profiles.map((p) => (p.id === id ? { id, ...fields(input) } : p))
      keepSecret(id, input)
      commit()
    },
    remove(id) {
      own(id)
      profiles = profiles.filter((p) => p.id !== id)
      secrets.delete(id)
      remembered.delete(id)
      if (activeId === id) activeId = DEMO_PROFILE_ID
      commit()
    },
    activate(id) {
      if (id !== DEMO_PROFILE_ID) own(id)
      activeId = id
      commit()
    },
    settings(id) {
      if (id === DEMO_PROFILE_ID) return demo
      const profile = own(id)
      return { apiRoot: profile.apiRoot, clientKey: profile.clientKey, clientSecret: secrets.get(id) ?? '' }
    },
  }
}
