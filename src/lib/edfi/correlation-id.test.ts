import { describe, expect, it } from 'vitest'
import { newCorrelationId } from './correlation-id.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('newCorrelationId', () => {
  it('is a fresh v4 UUID each time', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newCorrelationId()))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(id).toMatch(UUID_V4)
  })

  it('works where randomUUID is missing (a page served over plain http from a LAN address)', () => {
    const insecure = { getRandomValues: (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes) }
    expect(newCorrelationId(insecure)).toMatch(UUID_V4)
    expect(newCorrelationId(insecure)).not.toBe(newCorrelationId(insecure))
  })
})
