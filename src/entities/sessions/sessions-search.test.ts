import { describe, expect, it } from 'vitest'
import {
  hasNarrowing,
  pagingOf,
  pagingToSearch,
  sessionsSearchSchema,
  withMode,
  withNarrowing,
  withPageSize,
  type SessionsSearch,
} from './sessions-search.ts'

// What the router hands the schema: TanStack Router JSON-parses each search value when it can.
const parse = (raw: Record<string, unknown>) => sessionsSearchSchema.parse(raw)

describe('sessions URL state', () => {
  it('reads every filter, the change-version window and paging', () => {
    const everything = {
      schoolId: 255901001,
      schoolYear: 2022,
      sessionName: '2021-2022 Fall Semester',
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      totalInstructionalDays: 81,
      id: 'f521c348d78a49338bde35d9d16f9e69',
      minChangeVersion: 10,
      maxChangeVersion: 20,
      mode: 'cursor',
      pageSize: 100,
      tokens: ['NjMsMjE0NzQ4MzY0Nw'],
    }
    expect(parse(everything)).toEqual(everything)
  })

  it('falls back to "not set" for junk, member by member, and never throws', () => {
    const parsed = parse({
      schoolId: 'abc',
      schoolYear: true,
      sessionName: '',
      beginDate: '2021-02-30',
      endDate: 'yesterday',
      totalInstructionalDays: -3,
      minChangeVersion: { $gt: 1 },
      mode: 'sideways',
      pageSize: 30,
      offset: -25,
      tokens: ['not a token!'],
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
    })
    expect(parsed).toEqual({ termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester' })
    expect(pagingOf(parsed)).toEqual({ mode: 'offset', size: 25, offset: 0, tokens: [] })
    expect(() => parse({ offset: null, pageSize: [], tokens: 'x', id: 'x'.repeat(500) })).not.toThrow()
  })

  it('accepts both spellings the router may produce: a numeric name as a number, an id as quoted text', () => {
    expect(parse({ sessionName: 2021, schoolId: '255901001', pageSize: '50' })).toEqual({
      sessionName: '2021',
      schoolId: 255901001,
      pageSize: 50,
    })
  })

  it('keeps each mode to its own position: an offset means nothing to a cursor walk and vice versa', () => {
    expect(pagingOf(parse({ mode: 'cursor', offset: 50, tokens: ['abc'] }))).toEqual({
      mode: 'cursor',
      size: 25,
      offset: 0,
      tokens: ['abc'],
    })
    expect(pagingOf(parse({ offset: 50, tokens: ['abc'] }))).toEqual({ mode: 'offset', size: 25, offset: 50, tokens: [] })
  })

  it('writes defaults as absent, so the default view is plain /sessions', () => {
    expect(pagingToSearch({ mode: 'offset', size: 25, offset: 0, tokens: [] })).toEqual({
      mode: undefined,
      pageSize: undefined,
      offset: undefined,
      tokens: undefined,
    })
  })

  it('new filters start at the first page and keep mode and page size', () => {
    const search: SessionsSearch = { mode: 'cursor', pageSize: 50, tokens: ['abc'], schoolId: 255901001, sessionName: 'x' }
    const next = withNarrowing(search, { schoolYear: 2022 })
    expect(next).toMatchObject({
      mode: 'cursor',
      pageSize: 50,
      tokens: undefined,
      schoolYear: 2022,
      schoolId: undefined,
      sessionName: undefined,
    })
    expect(hasNarrowing(next)).toBe(true)
    expect(hasNarrowing(withNarrowing(next, {}))).toBe(false)
  })

  it('a page size change keeps the first visible row on its page; switching mode starts over', () => {
    expect(withPageSize({ offset: 75 }, 50)).toMatchObject({ offset: 50, pageSize: 50 })
    expect(withPageSize({ offset: 75, pageSize: 50 }, 25)).toMatchObject({ offset: 75, pageSize: undefined })
    expect(withPageSize({ mode: 'cursor', tokens: ['abc'] }, 100)).toMatchObject({ tokens: undefined, pageSize: 100 })
    expect(withMode({ offset: 75, schoolId: 1 }, 'cursor')).toMatchObject({ mode: 'cursor', offset: undefined, schoolId: 1 })
  })
})
