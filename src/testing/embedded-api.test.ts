import { afterAll, beforeAll, expect, it } from 'vitest'
import { startEmbeddedApi, type EmbeddedApi } from './embedded-api.ts'

let api: EmbeddedApi
beforeAll(async () => {
  api = await startEmbeddedApi()
})
afterAll(() => api.stop())

it('starts the real embedded API with Grand Bend demo data', async () => {
  const token = await api.token()
  const res = await fetch(`${api.apiRoot}/data/v3/ed-fi/sessions?limit=0&totalCount=true`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(res.status).toBe(200)
  expect(res.headers.get('total-count')).toBe('132')
})
