import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createActiveConnection } from './active-connection.ts'
import { createProfileStore, DEMO_PROFILE_ID, PROFILES_STORAGE_KEY, SECRETS_STORAGE_KEY, type ProfileInput } from './profile-store.ts'

const ORIGIN = 'http://steward.example'
const district: ProfileInput = {
  name: 'District production',
  apiRoot: ' https://ods.district.example/api/ ',
  clientKey: 'district-key',
  clientSecret: 'district-secret-123',
  rememberSecret: false,
}

/** Everything stored in a Storage, keys and values, as one string to search. */
function dump(storage: Storage): string {
  return Array.from({ length: storage.length }, (_, i) => {
    const key = storage.key(i)!
    return `${key}=${storage.getItem(key)}`
  }).join('\n')
}

// jsdom gives each test file one localStorage and sessionStorage; a "reload" is a new store over them.
const newStore = () => createProfileStore({ origin: ORIGIN })

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

describe('profile store', () => {
  it('starts with the built-in embedded demo profile on the page origin, active', () => {
    const { profiles, activeId } = newStore().getSnapshot()
    expect(activeId).toBe(DEMO_PROFILE_ID)
    expect(profiles).toEqual([
      {
        id: DEMO_PROFILE_ID,
        name: 'Embedded demo API',
        apiRoot: `${ORIGIN}/api`,
        clientKey: 'RvcohKz9zHI4',
        builtIn: true,
        secret: 'built-in',
      },
    ])
    expect(newStore().settings(DEMO_PROFILE_ID)).toEqual({
      apiRoot: `${ORIGIN}/api`,
      clientKey: 'RvcohKz9zHI4',
      clientSecret: 'E1iEFusaNf81xzCxwHfbolkC',
    })
  })

  it('never writes a secret to localStorage (nor the built-in one), and not to sessionStorage unless asked', () => {
    const store = newStore()
    const id = store.add(district)
    store.activate(id)
    expect(store.settings(id).clientSecret).toBe('district-secret-123')
    expect(localStorage.getItem(PROFILES_STORAGE_KEY)).toContain('district-key')
    expect(dump(localStorage)).not.toContain('district-secret-123')
    expect(dump(localStorage)).not.toContain('E1iEFusaNf81xzCxwHfbolkC')
    expect(dump(sessionStorage)).toBe('')
    expect(store.getSnapshot().profiles[1]?.secret).toBe('memory')
  })

  it('keeps the secret in sessionStorage only when "remember for this tab" is ticked, and forgets it when unticked', () => {
    const store = newStore()
    const id = store.add({ ...district, rememberSecret: true })
    expect(dump(localStorage)).not.toContain('district-secret-123')
    expect(JSON.parse(sessionStorage.getItem(SECRETS_STORAGE_KEY)!)).toEqual({ [id]: 'district-secret-123' })
    expect(newStore().settings(id).clientSecret).toBe('district-secret-123')
    expect(newStore().getSnapshot().profiles[1]?.secret).toBe('tab')

    store.update(id, { ...district, clientSecret: '', rememberSecret: false })
    expect(dump(sessionStorage)).toBe('')
    expect(store.settings(id).clientSecret).toBe('district-secret-123') // still in memory for this page
  })

  it('add, edit, switch and remove persist across a reload; a secret kept only in memory does not', () => {
    const store = newStore()
    const id = store.add(district)
    const sandbox = store.add({
      name: 'Ed-Fi sandbox',
      apiRoot: 'https://api.ed-fi.org/v7.3/api',
      clientKey: 'k',
      clientSecret: 's',
      rememberSecret: true,
    })
    store.update(id, { ...district, name: 'District (prod)', clientSecret: '' })
    store.activate(id)

    const reloaded = newStore()
    expect(reloaded.getSnapshot().activeId).toBe(id)
    expect(reloaded.getSnapshot().profiles.map((p) => [p.name, p.apiRoot, p.clientKey, p.secret])).toEqual([
      ['Embedded demo API', `${ORIGIN}/api`, 'RvcohKz9zHI4', 'built-in'],
      ['District (prod)', 'https://ods.district.example/api', 'district-key', 'missing'],
      ['Ed-Fi sandbox', 'https://api.ed-fi.org/v7.3/api', 'k', 'tab'],
    ])
    expect(reloaded.settings(id).clientSecret).toBe('')

    reloaded.remove(id)
    const again = newStore()
    expect(again.getSnapshot().activeId).toBe(DEMO_PROFILE_ID) // removing the active one falls back to the demo
    expect(again.getSnapshot().profiles.map((p) => p.id)).toEqual([DEMO_PROFILE_ID, sandbox])
  })

  it('refuses to edit or remove the built-in profile and ignores a corrupt saved list', () => {
    const store = newStore()
    expect(() => store.remove(DEMO_PROFILE_ID)).toThrow()
    expect(() => store.update(DEMO_PROFILE_ID, district)).toThrow()
    localStorage.setItem(PROFILES_STORAGE_KEY, '{"activeId": 3')
    expect(newStore().getSnapshot().profiles).toHaveLength(1)
  })

  it('notifies subscribers with a new snapshot on each change, and the same snapshot otherwise', () => {
    const store = newStore()
    const listener = vi.fn()
    store.subscribe(listener)
    const before = store.getSnapshot()
    expect(store.getSnapshot()).toBe(before)
    store.add(district)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot()).not.toBe(before)
  })
})

describe('active connection', () => {
  it('connects the active profile at once; switching connects anew and clears cached data; renaming does not', () => {
    const store = newStore()
    const connect = vi.fn()
    const onSwitch = vi.fn()
    const active = createActiveConnection(store, { connect, onSwitch })
    expect(connect).toHaveBeenCalledTimes(1)
    expect(active.getSnapshot().connection.apiRoot).toBe(`${ORIGIN}/api`)

    const id = store.add(district)
    expect(connect).toHaveBeenCalledTimes(1) // adding does not switch

    store.activate(id)
    expect(connect).toHaveBeenCalledTimes(2)
    expect(onSwitch).toHaveBeenCalledTimes(1)
    expect(active.getSnapshot()).toMatchObject({
      profile: { id, name: 'District production' },
      connection: { apiRoot: 'https://ods.district.example/api' },
    })
    expect(connect.mock.calls[1]?.[0]).toBe(active.getSnapshot().connection)

    const connection = active.getSnapshot().connection
    store.update(id, { ...district, name: 'Renamed', clientSecret: '' })
    expect(active.getSnapshot().profile.name).toBe('Renamed')
    expect(active.getSnapshot().connection).toBe(connection) // same token, same cache
    expect(onSwitch).toHaveBeenCalledTimes(1)

    store.update(id, { ...district, clientSecret: 'a-new-secret' })
    expect(active.getSnapshot().connection).not.toBe(connection)
    expect(onSwitch).toHaveBeenCalledTimes(2)
    active.dispose()
  })
})
