import { describe, expect, it } from 'vitest'
import { readLocationId, resourceIdFromLocation } from './location.ts'

describe('Location', () => {
  it('takes the resource id from an absolute Location', () => {
    const res = new Response(null, {
      status: 201,
      headers: { Location: 'https://api.ed-fi.org/v7.3/api/data/v3/ed-fi/sessions/0f7a0b6c2a5e4a34b3e2c1d0e9f8a7b6' },
    })
    expect(readLocationId(res)).toBe('0f7a0b6c2a5e4a34b3e2c1d0e9f8a7b6')
  })

  it('handles relative locations, trailing slashes and a missing header', () => {
    expect(resourceIdFromLocation('/api/data/v3/ed-fi/sessions/abc/')).toBe('abc')
    expect(resourceIdFromLocation('ed-fi/sessions/abc?x=1')).toBe('abc')
    expect(readLocationId(new Response(null, { status: 201 }))).toBeUndefined()
  })
})
