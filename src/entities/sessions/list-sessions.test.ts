// listSessions (offset) and listSessionsPage (cursor) against the REAL embedded Ed-Fi API.
import { describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { listSessions, listSessionsPage } from './list-sessions.ts'
import { getAvailableChangeVersions, listSessionPartitions } from './session-changes.ts'
import { SESSION_FILTER_NAMES, type SessionFilters } from './session-params.ts'
import type { Session } from './session-schema.ts'
import { rejection, sessionBody, spyOnFetch, uniqueName } from '../../testing/session-test-support.tsx'
import { upsertSession } from './write-session.ts'

setUpEmbeddedApi()

const GRAND_BEND_SESSIONS = 132

async function fallSemester2022(): Promise<Session> {
  const { items } = await listSessions({ schoolId: 255901001, schoolYear: 2022, sessionName: '2021-2022 Fall Semester', limit: 5 })
  expect(items).toHaveLength(1)
  return items[0]!
}

/** Every session by offset paging, in server order. */
async function offsetWalk(pageSize: number, filters: SessionFilters = {}): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += pageSize) {
    const { items } = await listSessions({ ...filters, offset, limit: pageSize, totalCount: false })
    ids.push(...items.map((s) => s.id))
    if (items.length < pageSize) return ids
  }
}

/** Every session by cursor paging, following Next-Page-Token from `pageToken` (or the start). */
async function cursorWalk(pageSize: number, start?: string, filters: SessionFilters = {}): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = []
  let pageToken = start
  let pages = 0
  for (;;) {
    const page = await listSessionsPage({ ...filters, pageSize, pageToken })
    pages += 1
    ids.push(...page.items.map((s) => s.id))
    if (!page.nextPageToken) return { ids, pages }
    pageToken = page.nextPageToken
  }
}

describe('listSessions (offset paging)', () => {
  it('always sends offset and limit, asks for Total-Count by default and parses every item', async () => {
    const sent = spyOnFetch()
    const page = await listSessions({ limit: 25 })
    expect(page.items).toHaveLength(25)
    expect(page.total).toBe(GRAND_BEND_SESSIONS)
    const url = sent()[0]!.url
    expect(url.pathname).toMatch(/\/data\/v3\/ed-fi\/sessions$/)
    expect(Object.fromEntries(url.searchParams)).toEqual({ offset: '0', limit: '25', totalCount: 'true' })
  })

  it('totalCount: false leaves the count out; limit 0 with the count is the cheap count request', async () => {
    const sent = spyOnFetch()
    expect(await listSessions({ offset: 100, limit: 10, totalCount: false })).toMatchObject({ total: undefined })
    expect(sent()[0]!.url.searchParams.get('totalCount')).toBe('false')
    expect(await listSessions({ limit: 0 })).toEqual({ items: [], total: GRAND_BEND_SESSIONS })
  })

  it('pages by offset without gaps or repeats, and the last page is short', async () => {
    const ids = await offsetWalk(50)
    expect(ids).toHaveLength(GRAND_BEND_SESSIONS)
    expect(new Set(ids).size).toBe(GRAND_BEND_SESSIONS)
  })

  it.each(SESSION_FILTER_NAMES)('filters by %s (exact match)', async (name) => {
    const sample = await fallSemester2022()
    const value = {
      sessionName: sample.sessionName,
      schoolId: sample.schoolReference.schoolId,
      schoolYear: sample.schoolYearTypeReference.schoolYear,
      termDescriptor: sample.termDescriptor,
      beginDate: sample.beginDate,
      endDate: sample.endDate,
      id: sample.id,
      totalInstructionalDays: sample.totalInstructionalDays,
    }[name]
    const sent = spyOnFetch()
    const { items, total } = await listSessions({ [name]: value, limit: 500 })
    expect(sent()[0]!.url.searchParams.get(name)).toBe(String(value))
    expect(items.map((s) => s.id)).toContain(sample.id)
    expect(total).toBe(items.length)
    const read = (s: Session) =>
      ({ ...s, schoolId: s.schoolReference.schoolId, schoolYear: s.schoolYearTypeReference.schoolYear })[name as keyof Session & string]
    for (const item of items) expect(read(item)).toBe(value)
    if (name !== 'sessionName' && name !== 'id') expect(total).toBeLessThan(GRAND_BEND_SESSIONS)
  })

  it('combines filters: "2021-2022 Fall Semester" at school 255901001 in 2022 is the Ed-Fi sample', async () => {
    const sample = await fallSemester2022()
    expect(sample).toMatchObject({ beginDate: '2021-08-23', endDate: '2021-12-17', totalInstructionalDays: 81 })
    expect(sample.termDescriptor).toBe('uri://ed-fi.org/TermDescriptor#Fall Semester')
    expect(sample._etag).toMatch(/^\d+$/)
  })

  it('narrows to a change-version window (both bounds inclusive)', async () => {
    const before = await getAvailableChangeVersions()
    const name = uniqueName('Window')
    await upsertSession(sessionBody(name))
    const after = await getAvailableChangeVersions()
    const sent = spyOnFetch()
    const since = await listSessions({ minChangeVersion: before.newestChangeVersion + 1, limit: 500 })
    expect(since.items.map((s) => s.sessionName)).toEqual([name])
    expect(sent()[0]!.url.searchParams.get('minChangeVersion')).toBe(String(before.newestChangeVersion + 1))
    const upTo = await listSessions({ maxChangeVersion: before.newestChangeVersion, limit: 500 })
    expect(upTo.items.map((s) => s.sessionName)).not.toContain(name)
    const exactly = await listSessions({
      minChangeVersion: after.newestChangeVersion,
      maxChangeVersion: after.newestChangeVersion,
      limit: 10,
    })
    expect(exactly.items.map((s) => s.sessionName)).toEqual([name])
  })

  it('snapshot: reads the snapshot taken at server start, where a session created since is absent', async () => {
    const name = uniqueName('After snapshot')
    await upsertSession(sessionBody(name))
    const sent = spyOnFetch()
    expect((await listSessions({ sessionName: name, limit: 5 })).items).toHaveLength(1)
    expect(await listSessions({ sessionName: name, limit: 5, snapshot: true })).toEqual({ items: [], total: 0 })
    expect(sent().map((r) => r.headers.get('use-snapshot'))).toEqual([null, 'true'])
    expect((await listSessions({ limit: 0, snapshot: true })).total).toBe(GRAND_BEND_SESSIONS)
  })

  it('a value the API cannot bind is a 400 with the parameter in validationErrors', async () => {
    const error = await rejection(listSessions({ id: 'not-a-guid', limit: 5 }))
    expect(error).toMatchObject({ status: 400, kind: 'validation' })
    expect(error.validationErrors['$.id']).toEqual(["The value 'not-a-guid' is not valid for Id."])
    expect(error.fieldErrors()).toEqual({ id: ["The value 'not-a-guid' is not valid for Id."] })
  })
})

describe('listSessionsPage (cursor paging)', () => {
  it('starts with offset=0&limit=pageSize, then sends pageToken and pageSize only (never totalCount)', async () => {
    const sent = spyOnFetch()
    const first = await listSessionsPage({ pageSize: 10 })
    expect(first.items).toHaveLength(10)
    expect(first.nextPageToken).toBeTruthy()
    const second = await listSessionsPage({ pageSize: 10, pageToken: first.nextPageToken })
    expect(second.items).toHaveLength(10)
    const [a, b] = sent().map((r) => Object.fromEntries(r.url.searchParams))
    expect(a).toEqual({ offset: '0', limit: '10' })
    expect(b).toEqual({ pageToken: first.nextPageToken, pageSize: '10' })
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id)
  })

  it('the cursor walk equals the offset walk on a quiet dataset: same ids, same order', async () => {
    const offset = await offsetWalk(40)
    const cursor = await cursorWalk(40)
    expect(cursor.ids).toEqual(offset)
    // A short last page ends the walk without the empty request that would confirm it.
    expect(cursor.pages).toBe(Math.ceil(offset.length / 40))
  })

  it('carries filters, the change-version window and snapshot along the walk', async () => {
    const filters = { schoolId: 255901044, schoolYear: 2023 }
    const offset = await offsetWalk(2, filters)
    expect(offset.length).toBeGreaterThan(2)
    expect((await cursorWalk(2, undefined, filters)).ids).toEqual(offset)

    const name = uniqueName('Cursor snapshot')
    await upsertSession(sessionBody(name))
    const sent = spyOnFetch()
    const live = await listSessionsPage({ sessionName: name, pageSize: 5 })
    const frozen = await listSessionsPage({ sessionName: name, pageSize: 5, snapshot: true })
    expect([live.items.length, frozen.items.length]).toEqual([1, 0])
    expect(sent()[1]!.headers.get('use-snapshot')).toBe('true')
    const { newestChangeVersion } = await getAvailableChangeVersions()
    const windowed = await listSessionsPage({ minChangeVersion: newestChangeVersion, maxChangeVersion: newestChangeVersion, pageSize: 5 })
    expect(windowed.items.map((s) => s.sessionName)).toEqual([name])
  })

  it('walks from partition tokens: the partitions together hold every session once, in order', async () => {
    const tokens = await listSessionPartitions({ number: 4, allowSmallPartitions: true })
    expect(tokens).toHaveLength(4)
    const walks = []
    for (const token of tokens) walks.push((await cursorWalk(25, token)).ids)
    expect(walks.every((ids) => ids.length > 0)).toBe(true)
    expect(walks.flat()).toEqual(await offsetWalk(100))
  })

  it('an invalid page token is a 400 with the API’s words', async () => {
    const error = await rejection(listSessionsPage({ pageToken: '!!!', pageSize: 5 }))
    expect(error).toMatchObject({ status: 400, errors: ['The page token provided was invalid.'] })
  })
})
