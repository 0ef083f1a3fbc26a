import { describe, expect, it } from 'vitest'
import { readNextPageToken, readTotalCount, toSearch } from './paging.ts'

const withHeaders = (headers: Record<string, string>) => new Response('[]', { headers })

describe('paging headers', () => {
  it('reads Total-Count as a number only when the server sent a valid one', () => {
    expect(readTotalCount(withHeaders({ 'Total-Count': '132' }))).toBe(132)
    expect(readTotalCount(withHeaders({ 'Total-Count': '0' }))).toBe(0)
    expect(readTotalCount(withHeaders({ 'Total-Count': 'many' }))).toBeUndefined()
    expect(readTotalCount(withHeaders({}))).toBeUndefined()
  })

  it('reads Next-Page-Token, undefined on the last page', () => {
    expect(readNextPageToken(withHeaders({ 'Next-Page-Token': 'eyJmcm9tIjoxfQ' }))).toBe('eyJmcm9tIjoxfQ')
    expect(readNextPageToken(withHeaders({ 'Next-Page-Token': ' ' }))).toBeUndefined()
    expect(readNextPageToken(withHeaders({}))).toBeUndefined()
  })

  it('toSearch leaves undefined parameters out', () => {
    expect(toSearch({ offset: 0, limit: 25, totalCount: true, schoolId: undefined, sessionName: 'Fall 2024' })).toBe(
      'offset=0&limit=25&totalCount=true&sessionName=Fall+2024',
    )
  })
})
