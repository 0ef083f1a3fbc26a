// A worker's borrowed connection against the REAL embedded Ed-Fi API: it reads what the page
// would read, its token never appears in a URL, and a refused token is renewed through the page.
import { describe, expect, it, vi } from 'vitest'
import { setUpEmbeddedApi } from '../testing/connect.ts'
import { connectApiClient, request } from './api-client.ts'
import { borrowedConnection, lendActiveConnection, renewLentToken } from './delegated-connection.ts'

setUpEmbeddedApi()

describe('a connection lent to a worker', () => {
  it('reads the same sessions as the page, with the token in the Authorization header only', async () => {
    const lent = await lendActiveConnection()
    expect(lent.capabilities.partitions).toBe(true)
    const asPage = await (await request('ed-fi/sessions?limit=5')).json()
    const spy = vi.spyOn(globalThis, 'fetch')
    connectApiClient(borrowedConnection(lent, renewLentToken))
    const asWorker = await (await request('ed-fi/sessions?limit=5')).json()
    expect(asWorker).toEqual(asPage)
    const [url, init] = spy.mock.calls[0]!
    expect(String(url)).not.toContain(lent.token)
    expect(new Headers(init?.headers).get('Authorization')).toBe(`Bearer ${lent.token}`)
  })

  it('asks the page for a new token once when the borrowed one is refused', async () => {
    const lent = await lendActiveConnection()
    const fresh = await renewLentToken()
    const renew = vi.fn(() => Promise.resolve(fresh))
    connectApiClient(borrowedConnection({ ...lent, token: 'expired-or-revoked' }, renew))
    const res = await request('ed-fi/sessions?limit=1')
    expect(res.status).toBe(200)
    expect(renew).toHaveBeenCalledTimes(1)
  })
})
