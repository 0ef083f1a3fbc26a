import { describe, expect, it } from 'vitest'
import { quoteEtag, readEtag, unquoteEtag } from './etags.ts'

const withHeaders = (headers: Record<string, string>) => new Response(null, { status: 204, headers })

describe('etags', () => {
  it('reads the ETag header unquoted, or undefined', () => {
    expect(readEtag(withHeaders({ ETag: '"5250549072223211944"' }))).toBe('5250549072223211944')
    expect(readEtag(withHeaders({ ETag: 'W/"5250549072223211944"' }))).toBe('5250549072223211944')
    expect(readEtag(withHeaders({}))).toBeUndefined()
  })

  it('quotes a bare etag once and keeps a quoted or weak one as it is', () => {
    expect(quoteEtag('5250549072223211944')).toBe('"5250549072223211944"')
    expect(quoteEtag('"5250549072223211944"')).toBe('"5250549072223211944"')
    expect(quoteEtag(' W/"1" ')).toBe('W/"1"')
  })

  it('unquoteEtag is the inverse of quoteEtag', () => {
    for (const etag of ['1', '5250549072223211944', 'abc']) expect(unquoteEtag(quoteEtag(etag))).toBe(etag)
  })
})
