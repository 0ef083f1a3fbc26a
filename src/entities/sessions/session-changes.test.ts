// The change feed (/deletes, /keyChanges), /partitions and availableChangeVersions against the
// REAL embedded Ed-Fi API.
import { describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { getAvailableChangeVersions, listSessionDeletes, listSessionKeyChanges, listSessionPartitions } from './session-changes.ts'
import { rejection, sessionBody, spyOnFetch, uniqueName } from '../../testing/session-test-support.tsx'
import { deleteSession, updateSession, upsertSession } from './write-session.ts'

setUpEmbeddedApi()

const newest = async () => (await getAvailableChangeVersions()).newestChangeVersion

describe('getAvailableChangeVersions', () => {
  it('reads the window from the change-queries base; each write moves newest on; the snapshot keeps its own', async () => {
    const sent = spyOnFetch()
    const before = await getAvailableChangeVersions()
    expect(before.oldestChangeVersion).toBe(0)
    expect(sent()[0]!.url.pathname).toBe('/api/changeQueries/v1/availableChangeVersions')
    await upsertSession(sessionBody(uniqueName('Moves newest')))
    expect(await newest()).toBe(before.newestChangeVersion + 1)
    const frozen = await getAvailableChangeVersions({ snapshot: true })
    expect(sent().at(-1)!.headers.get('use-snapshot')).toBe('true')
    expect(frozen.newestChangeVersion).toBeLessThan(before.newestChangeVersion + 1)
  })
})

describe('listSessionDeletes', () => {
  it('lists the key values of deleted sessions with offset, limit, totalCount and the window', async () => {
    const start = (await newest()) + 1
    const names = [uniqueName('Gone A'), uniqueName('Gone B'), uniqueName('Gone C')]
    for (const name of names) {
      const { id, etag } = await upsertSession(sessionBody(name))
      await deleteSession(id, { ifMatch: etag })
    }
    const end = await newest()
    const sent = spyOnFetch()
    const all = await listSessionDeletes({ minChangeVersion: start, maxChangeVersion: end, limit: 10, totalCount: true })
    expect(Object.fromEntries(sent()[0]!.url.searchParams)).toEqual({
      minChangeVersion: String(start),
      maxChangeVersion: String(end),
      totalCount: 'true',
      offset: '0',
      limit: '10',
    })
    expect(all.total).toBe(3)
    expect(all.items.map((d) => d.keyValues)).toEqual(names.map((sessionName) => ({ sessionName, schoolId: 255901001, schoolYear: 2022 })))
    expect(all.items.every((d) => typeof d.changeVersion === 'number' && /^[0-9a-f]{32}$/.test(d.id ?? ''))).toBe(true)

    const page = await listSessionDeletes({ minChangeVersion: start, offset: 1, limit: 1 })
    expect(page).toEqual({ items: [all.items[1]], total: undefined })
    expect(
      (await listSessionDeletes({ maxChangeVersion: start - 1, limit: 500 })).items.map((d) => d.keyValues?.sessionName),
    ).not.toContain(names[0])
  })

  it('snapshot: deletes after the snapshot are not in it', async () => {
    const name = uniqueName('Gone live')
    const { id, etag } = await upsertSession(sessionBody(name))
    await deleteSession(id, { ifMatch: etag })
    const sent = spyOnFetch()
    const frozen = await listSessionDeletes({ limit: 500, snapshot: true })
    expect(sent()[0]!.headers.get('use-snapshot')).toBe('true')
    expect(frozen.items.map((d) => d.keyValues?.sessionName)).not.toContain(name)
  })

  it('paging errors come back in the API’s words', async () => {
    const error = await rejection(listSessionDeletes({ offset: -1, limit: -1 }))
    expect(error).toMatchObject({ status: 400 })
    expect(error.errors).toEqual([
      'Limit must be omitted or set to a value between 1 and 500.',
      'Offset must be greater than or equal to 0.',
    ])
  })
})

describe('listSessionKeyChanges', () => {
  it('lists old and new key values, with offset, limit, totalCount, the window and snapshot', async () => {
    const start = (await newest()) + 1
    const oldName = uniqueName('Key one')
    const newName = uniqueName('Key two')
    const { id, etag } = await upsertSession(sessionBody(oldName))
    await updateSession(id, sessionBody(newName), { ifMatch: etag })
    const other = await upsertSession(sessionBody(uniqueName('Key three')))
    await updateSession(other.id, sessionBody(uniqueName('Key four')), { ifMatch: other.etag })

    const sent = spyOnFetch()
    const changes = await listSessionKeyChanges({ minChangeVersion: start, limit: 10, totalCount: true })
    expect(sent()[0]!.url.pathname).toMatch(/\/ed-fi\/sessions\/keyChanges$/)
    expect(changes.total).toBe(2)
    expect(changes.items[0]).toEqual({
      id,
      changeVersion: expect.any(Number),
      oldKeyValues: { sessionName: oldName, schoolId: 255901001, schoolYear: 2022 },
      newKeyValues: { sessionName: newName, schoolId: 255901001, schoolYear: 2022 },
    })
    expect((await listSessionKeyChanges({ minChangeVersion: start, offset: 1, limit: 1 })).items.map((k) => k.id)).toEqual([other.id])
    const upTo = await listSessionKeyChanges({ minChangeVersion: start, maxChangeVersion: changes.items[0]!.changeVersion, limit: 10 })
    expect(upTo.items.map((k) => k.id)).toEqual([id])
    expect((await listSessionKeyChanges({ minChangeVersion: start, limit: 10, snapshot: true })).items).toEqual([])
  })
})

describe('listSessionPartitions', () => {
  it('hands out the requested number of tokens with allowSmallPartitions, one otherwise for a small set', async () => {
    const sent = spyOnFetch()
    expect(await listSessionPartitions({ number: 5, allowSmallPartitions: true })).toHaveLength(5)
    expect(Object.fromEntries(sent()[0]!.url.searchParams)).toEqual({ number: '5', allowSmallPartitions: 'true' })
    // Without it a partition holds at least 2,500 rows (5 x the page-size limit).
    expect(await listSessionPartitions({ number: 5 })).toHaveLength(1)
    expect(await listSessionPartitions({})).toHaveLength(1)
    expect(sent().at(-1)!.url.search).toBe('')
  })

  it('takes the eight filters, the window and snapshot', async () => {
    const sent = spyOnFetch()
    const filters = {
      sessionName: '2021-2022 Fall Semester',
      schoolId: 255901001,
      schoolYear: 2022,
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      totalInstructionalDays: 81,
    }
    expect(await listSessionPartitions({ ...filters, number: 3, allowSmallPartitions: true })).toHaveLength(1)
    expect(Object.fromEntries(sent()[0]!.url.searchParams)).toMatchObject({
      ...filters,
      schoolId: '255901001',
      schoolYear: '2022',
      totalInstructionalDays: '81',
    })
    expect(await listSessionPartitions({ id: '0'.repeat(31) + '1', allowSmallPartitions: true })).toEqual([])

    const name = uniqueName('Partitioned')
    await upsertSession(sessionBody(name))
    const v = await newest()
    expect(await listSessionPartitions({ minChangeVersion: v, maxChangeVersion: v, number: 10, allowSmallPartitions: true })).toHaveLength(
      1,
    )
    expect(await listSessionPartitions({ minChangeVersion: v + 1, allowSmallPartitions: true })).toEqual([])
    expect(await listSessionPartitions({ sessionName: name, snapshot: true, allowSmallPartitions: true })).toEqual([])
    expect(sent().at(-1)!.headers.get('use-snapshot')).toBe('true')
  })

  it('number outside 1..200 is a 400 in the API’s words', async () => {
    expect(await rejection(listSessionPartitions({ number: 201 }))).toMatchObject({
      status: 400,
      errors: ['Number of partitions must be between 1 and 200.'],
    })
  })
})
