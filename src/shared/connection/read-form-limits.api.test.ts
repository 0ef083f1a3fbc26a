// Form limits read from the REAL embedded API's metadata, per release and data standard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessionBody, TERM } from '../../../test-support/builders.ts'
import { startEmbeddedApi, type EmbeddedApi } from '../../testing/embedded-api.ts'
import { createConnection } from './create-connection.ts'

const DEMO = { clientKey: 'RvcohKz9zHI4', clientSecret: 'E1iEFusaNf81xzCxwHfbolkC' }

const cases = [
  { env: { EDFI_PROFILE: '7.3', DATA_STANDARD: '6' }, sessionNameMaxLength: 120, source: 'server' },
  { env: { EDFI_PROFILE: '8', DATA_STANDARD: '6' }, sessionNameMaxLength: 120, source: 'server' },
  { env: { EDFI_PROFILE: '7.3' }, sessionNameMaxLength: 60, source: 'server' },
  { env: { EDFI_PROFILE: '6.2' }, sessionNameMaxLength: 60, source: 'server' },
  // Year-specific 7.x metadata sits under the year, which the embedded server does not route: fallback.
  { env: { EDFI_PROFILE: '7.3', ROUTES: 'year-specific', ROUTE_YEAR: '2026' }, sessionNameMaxLength: 60, source: 'ds-5.2' },
] as const

describe.each(cases)('$env', ({ env, sessionNameMaxLength, source }) => {
  let api: EmbeddedApi
  beforeAll(async () => {
    api = await startEmbeddedApi({ env })
  })
  afterAll(() => api.stop())

  it(`reads session names up to ${sessionNameMaxLength} characters (${source})`, async () => {
    const connection = createConnection({ apiRoot: api.apiRoot, ...DEMO }, { routeValues: { schoolYearFromRoute: '2026' } })
    expect(await connection.formLimits()).toMatchObject({ sessionNameMaxLength, source })
    expect(await connection.formLimits()).toBe(await connection.formLimits())
  })
})

describe('a DS 6 server stores the longer names its metadata promises', () => {
  let api: EmbeddedApi
  beforeAll(async () => {
    api = await startEmbeddedApi({ env: { DATA_STANDARD: '6' } })
  })
  afterAll(() => api.stop())

  const post = async (name: string) => {
    const connection = createConnection({ apiRoot: api.apiRoot, ...DEMO })
    return fetch(await connection.dataUrl('ed-fi/sessions'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${await connection.accessToken()}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(sessionBody(name, { term: TERM.fallSemester })),
    })
  }

  it('accepts 120 characters and refuses 121 with the field named', async () => {
    expect((await post('D'.repeat(120))).status).toBe(201)
    const refused = await post('D'.repeat(121))
    expect(refused.status).toBe(400)
    const body = (await refused.json()) as { validationErrors?: Record<string, string[]> }
    expect(body.validationErrors?.['$.sessionName']?.join(' ')).toContain('at most 120 characters')
  })
})
