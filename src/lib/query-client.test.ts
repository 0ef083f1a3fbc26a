import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './api-error.ts'
import { createQueryClient } from './query-client.ts'

const serverError = () => new ApiError({ status: 503, type: 'urn:ed-fi:api:system', title: 'Service Unavailable', detail: 'Injected.' })

describe('createQueryClient', () => {
  it('leaves read retries to the network door and never retries writes', () => {
    const defaults = createQueryClient().getDefaultOptions()
    expect(defaults.queries?.retry).toBe(false)
    expect(defaults.mutations?.retry).toBe(false)
    expect(defaults.queries?.networkMode).toBe('always')
  })

  it('reports a failed refetch with data on screen, not a failed first load', async () => {
    const onBackgroundError = vi.fn()
    const client = createQueryClient({ onBackgroundError })
    await expect(client.fetchQuery({ queryKey: ['first'], queryFn: () => Promise.reject(serverError()) })).rejects.toBeInstanceOf(ApiError)
    expect(onBackgroundError).not.toHaveBeenCalled()

    await client.fetchQuery({ queryKey: ['shown'], queryFn: () => Promise.resolve('data') })
    const failure = serverError()
    await expect(client.fetchQuery({ queryKey: ['shown'], queryFn: () => Promise.reject(failure), staleTime: 0 })).rejects.toBe(failure)
    expect(onBackgroundError).toHaveBeenCalledTimes(1)
    expect(onBackgroundError.mock.calls[0]?.[0]).toBe(failure)
    expect(client.getQueryData(['shown'])).toBe('data')
  })

  it('sends bugs (anything but ApiError) to an error boundary, API failures to the component', () => {
    const throwOnError = createQueryClient().getDefaultOptions().queries?.throwOnError
    if (typeof throwOnError !== 'function') throw new Error('throwOnError should be a function')
    const query = {} as Parameters<typeof throwOnError>[1]
    expect(throwOnError(serverError(), query)).toBe(false)
    expect(throwOnError(new TypeError('x is undefined') as unknown as ApiError, query)).toBe(true)
  })
})
