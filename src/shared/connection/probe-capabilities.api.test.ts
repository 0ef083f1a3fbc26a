// Capability probes against the REAL embedded API playing each release (EDFI_PROFILE, ROUTES).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmbeddedApi, type EmbeddedApi } from '../../testing/embedded-api.ts'
import { createConnection } from './create-connection.ts'

const DEMO = { clientKey: 'RvcohKz9zHI4', clientSecret: 'E1iEFusaNf81xzCxwHfbolkC' }

const expected = {
  '6.2': { cursorPaging: false, partitions: false, snapshot: 'unsupported', changeQueries: true, keyChanges: true, dataStandard: '4.0.0' },
  '7.1': { cursorPaging: false, partitions: false, snapshot: 'available', changeQueries: true, keyChanges: true, dataStandard: '5.0.0' },
  '7.2': { cursorPaging: false, partitions: false, snapshot: 'available', changeQueries: true, keyChanges: true, dataStandard: '5.1.0' },
  '7.3': { cursorPaging: true, partitions: true, snapshot: 'available', changeQueries: true, keyChanges: true, dataStandard: '5.2.0' },
  '8': {
    cursorPaging: false,
    partitions: false,
    snapshot: 'unsupported',
    changeQueries: true,
    keyChanges: true,
    caseSensitiveMembers: true,
  },
} as const

describe.each(Object.keys(expected) as (keyof typeof expected)[])('EDFI_PROFILE=%s', (profile) => {
  let api: EmbeddedApi
  beforeAll(async () => {
    api = await startEmbeddedApi({ env: { EDFI_PROFILE: profile } })
  })
  afterAll(() => api.stop())

  it('detects what the server can do', async () => {
    const connection = createConnection({ apiRoot: api.apiRoot, ...DEMO })
    expect(await connection.capabilities()).toMatchObject(expected[profile])
  })
})

describe('year-specific 7.3 with change queries off and no snapshot', () => {
  let api: EmbeddedApi
  beforeAll(async () => {
    api = await startEmbeddedApi({ env: { ROUTES: 'year-specific', ROUTE_YEAR: '2026', CHANGE_QUERIES: 'off', SNAPSHOTS: 'off' } })
  })
  afterAll(() => api.stop())

  it('needs a school year for its routes, then reads through them', async () => {
    const connection = createConnection({ apiRoot: api.apiRoot, ...DEMO }, { routeValues: { schoolYearFromRoute: '2026' } })
    expect(await connection.capabilities()).toMatchObject({
      yearSpecific: true,
      routePlaceholders: ['schoolYearFromRoute'],
      changeQueries: false,
      keyChanges: false,
      snapshot: 'none',
      cursorPaging: true,
    })
    expect(await connection.dataUrl('ed-fi/sessions')).toBe(`${api.apiRoot}/2026/data/v3/ed-fi/sessions`)
  })
})
