import { beforeEach, describe, expect, it } from 'vitest'
import { createActiveConnection } from './active-connection.ts'
import { createProfileStore } from './profile-store.ts'
import { createRouteValuesStore } from './route-values-store.ts'

beforeEach(() => localStorage.clear())

const ROOT = 'http://localhost:8765/api'
const dec3 = () => new Date(2026, 11, 3)

describe('route values per API root', () => {
  it('uses the current calendar year until a school year is chosen; both year spellings move together', () => {
    const store = createRouteValuesStore(localStorage, dec3)
    expect(store.get(ROOT)).toMatchObject({ schoolYearFromRoute: '2026', schoolYear: '2026' })
    store.set(ROOT, 'schoolYearFromRoute', '2025')
    expect(store.get(ROOT)).toMatchObject({ schoolYearFromRoute: '2025', schoolYear: '2025' })
    expect(store.get('https://other.example/api')).toMatchObject({ schoolYear: '2026' })
  })

  it('keeps the choice across a reload, and a tenant next to it', () => {
    createRouteValuesStore(localStorage, dec3).set(ROOT, 'tenantIdentifier', ' north ')
    expect(createRouteValuesStore(localStorage, dec3).get(ROOT)).toMatchObject({ tenantIdentifier: 'north' })
  })

  it('choosing another school year is a new connection, and the app drops what it cached', () => {
    const routes = createRouteValuesStore(localStorage, dec3)
    const profiles = createProfileStore({ local: localStorage, session: sessionStorage, origin: 'http://localhost:8765' })
    let switches = 0
    const active = createActiveConnection(profiles, { routes, connect: () => {}, onSwitch: () => switches++ })
    const before = active.getSnapshot().connection
    routes.set(ROOT, 'schoolYear', '2025')
    const after = active.getSnapshot().connection
    expect(after).not.toBe(before)
    expect(after.routeValues).toMatchObject({ schoolYear: '2025' })
    expect(switches).toBe(1)
    routes.set(ROOT, 'schoolYear', '2025')
    expect(active.getSnapshot().connection).toBe(after)
    active.dispose()
  })
})
