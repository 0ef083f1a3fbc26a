// The read hooks and the query-options factory against the REAL embedded Ed-Fi API, each test with
// a fresh QueryClient (the app's defaults: retry off).
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { listSessions } from './list-sessions.ts'
import { getAvailableChangeVersions } from './session-changes.ts'
import {
  useAvailableChangeVersions,
  useSession,
  useSessionDeletes,
  useSessionKeyChanges,
  useSessionPartitions,
  useSessions,
  useSessionsCursor,
} from './session-hooks.ts'
import { sessionQueries } from './session-queries.ts'
import {
  changeAsAnotherClient,
  freshQueryClientPerTest,
  sessionBody,
  spyOnFetch,
  uniqueName,
  wrapperFor,
} from '../../testing/session-test-support.tsx'
import { deleteSession, updateSession, upsertSession } from './write-session.ts'

const api = setUpEmbeddedApi()
const { client, render } = freshQueryClientPerTest()

describe('sessionQueries keys', () => {
  it('go from general to specific, with defaults applied so equal requests share one entry', () => {
    expect(sessionQueries.all()).toEqual(['sessions'])
    expect(sessionQueries.lists()).toEqual(['sessions', 'list'])
    expect(sessionQueries.list({ limit: 25 }).queryKey).toEqual([
      'sessions',
      'list',
      { limit: 25, offset: 0, totalCount: true, snapshot: false },
    ])
    expect(sessionQueries.list({ limit: 25 }).queryKey).toEqual(
      sessionQueries.list({ limit: 25, offset: 0, totalCount: true, snapshot: false }).queryKey,
    )
    expect(sessionQueries.cursor({ pageSize: 50 }).queryKey).toEqual(['sessions', 'cursor', { pageSize: 50, snapshot: false }])
    expect(sessionQueries.detail('abc').queryKey).toEqual(['sessions', 'detail', 'abc', { snapshot: false }])
    expect(sessionQueries.detail('abc', { snapshot: true }).queryKey).toEqual(['sessions', 'detail', 'abc', { snapshot: true }])
    expect(sessionQueries.deletes({ limit: 5 }).queryKey).toEqual([
      'sessions',
      'changes',
      'deletes',
      { limit: 5, offset: 0, snapshot: false },
    ])
    expect(sessionQueries.keyChanges({ limit: 5 }).queryKey).toEqual([
      'sessions',
      'changes',
      'keyChanges',
      { limit: 5, offset: 0, snapshot: false },
    ])
    expect(sessionQueries.partitions({ number: 2 }).queryKey).toEqual(['sessions', 'partitions', { number: 2, snapshot: false }])
    expect(sessionQueries.availableChangeVersions(true).queryKey).toEqual(['sessions', 'availableChangeVersions', { snapshot: true }])
  })
})

describe('useSessions', () => {
  it('reads a page with its total and every filter it is given', async () => {
    const { result } = render(() => useSessions({ limit: 10, offset: 5 }))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.items).toHaveLength(10)
    expect(result.current.data?.total).toBe(132)

    const sent = spyOnFetch()
    const filtered = render(() =>
      useSessions({
        schoolId: 255901001,
        schoolYear: 2022,
        termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
        limit: 10,
        totalCount: false,
      }),
    )
    await waitFor(() => expect(filtered.result.current.isSuccess).toBe(true))
    expect(filtered.result.current.data?.items.map((s) => s.sessionName)).toEqual(['2021-2022 Fall Semester'])
    expect(filtered.result.current.data?.total).toBeUndefined()
    expect(sent()[0]!.url.searchParams.get('termDescriptor')).toBe('uri://ed-fi.org/TermDescriptor#Fall Semester')
  })

  it('keeps the previous page on screen while the next loads', async () => {
    const { result, rerender } = renderHook(({ offset }) => useSessions({ offset, limit: 5 }), {
      wrapper: wrapperFor(client()),
      initialProps: { offset: 0 },
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const first = result.current.data
    await api.injectFault({ kind: 'delay', ms: 300, pathIncludes: 'offset=5' })
    rerender({ offset: 5 })
    expect(result.current.isPlaceholderData).toBe(true)
    expect(result.current.data).toBe(first)
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false))
    expect(result.current.data?.items[0]!.id).not.toBe(first?.items[0]!.id)
  })

  it('snapshot: a session created after the snapshot shows live only', async () => {
    const name = uniqueName('Hook snapshot')
    await upsertSession(sessionBody(name))
    const live = render(() => useSessions({ sessionName: name, limit: 5 }))
    const frozen = render(() => useSessions({ sessionName: name, limit: 5, snapshot: true }))
    await waitFor(() => expect(live.result.current.isSuccess && frozen.result.current.isSuccess).toBe(true))
    expect(live.result.current.data?.total).toBe(1)
    expect(frozen.result.current.data).toEqual({ items: [], total: 0 })
  })

  it('cancelling the query aborts the request on the wire', async () => {
    await api.injectFault({ kind: 'delay', ms: 2_000, pathIncludes: 'limit=7' })
    const sent = spyOnFetch()
    const { result } = render(() => useSessions({ limit: 7 }))
    await waitFor(() => expect(sent()).toHaveLength(1))
    const request = sent()[0]!
    expect(request.signal?.aborted).toBe(false)
    await act(() => client().cancelQueries({ queryKey: sessionQueries.lists() }))
    expect(request.signal?.aborted).toBe(true)
    await expect(request.response).rejects.toMatchObject({ name: 'AbortError' })
    // A cancelled first load goes back to waiting, without an error to show.
    await waitFor(() => expect(result.current).toMatchObject({ status: 'pending', fetchStatus: 'idle', error: null }))
  })
})

describe('useSessionsCursor', () => {
  it('walks Next-Page-Token to the end: same ids, same order as the offset walk', async () => {
    const offsetIds: string[] = []
    for (let offset = 0; offset < 132; offset += 50)
      offsetIds.push(...(await listSessions({ offset, limit: 50, totalCount: false })).items.map((s) => s.id))

    const sent = spyOnFetch()
    const { result } = render(() => useSessionsCursor({ pageSize: 50 }))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    while (result.current.hasNextPage) {
      await act(() => result.current.fetchNextPage())
    }
    const pages = result.current.data!.pages
    expect(pages).toHaveLength(3)
    expect(pages.flatMap((p) => p.items.map((s) => s.id))).toEqual(offsetIds)
    expect(sent().map((r) => r.url.searchParams.has('pageToken'))).toEqual([false, true, true])
    expect(pages.at(-1)!.nextPageToken).toBeUndefined()
  })

  it('starts at a partition token, with filters and snapshot', async () => {
    const partitions = render(() => useSessionPartitions({ schoolId: 255901044, number: 2, allowSmallPartitions: true, snapshot: true }))
    await waitFor(() => expect(partitions.result.current.isSuccess).toBe(true))
    const tokens = partitions.result.current.data!
    expect(tokens).toHaveLength(2)
    const walks = tokens.map((pageToken) =>
      render(() => useSessionsCursor({ schoolId: 255901044, pageToken, pageSize: 500, snapshot: true })),
    )
    await waitFor(() => expect(walks.every((w) => w.result.current.isSuccess)).toBe(true))
    const ids = walks.flatMap((w) => w.result.current.data!.pages.flatMap((p) => p.items))
    expect(ids.every((s) => s.schoolReference.schoolId === 255901044)).toBe(true)
    expect(ids.map((s) => s.id)).toEqual((await listSessions({ schoolId: 255901044, limit: 500, snapshot: true })).items.map((s) => s.id))
  })
})

describe('useSession', () => {
  it('revalidates with If-None-Match: a 304 keeps the cached record, a change replaces it', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Detail')))
    const { result } = render(() => useSession(id))
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const first = result.current.data!
    expect(first.etag).toBe(etag)

    const sent = spyOnFetch()
    await act(() => client().refetchQueries({ queryKey: sessionQueries.detail(id).queryKey }))
    expect(sent()[0]!.headers.get('if-none-match')).toBe(etag)
    expect((await sent()[0]!.response).status).toBe(304)
    expect(client().getQueryData(sessionQueries.detail(id).queryKey)).toBe(first)
    expect(result.current.data).toBe(first)

    const theirs = await changeAsAnotherClient(api, id, (s) => (s.totalInstructionalDays = 3))
    await act(() => client().refetchQueries({ queryKey: sessionQueries.detail(id).queryKey }))
    await waitFor(() => expect(result.current.data).toMatchObject({ etag: theirs, session: { totalInstructionalDays: 3 } }))
  })

  it('snapshot: reads the frozen copy; a session created after it is not found there', async () => {
    const { id } = await upsertSession(sessionBody(uniqueName('Detail snapshot')))
    const { result } = render(() => useSession(id, { snapshot: true }))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 404, kind: 'not-found' })
  })
})

describe('change-feed hooks', () => {
  it('useSessionDeletes, useSessionKeyChanges and useAvailableChangeVersions read the feed with every parameter', async () => {
    const start = (await getAvailableChangeVersions()).newestChangeVersion + 1
    const a = await upsertSession(sessionBody(uniqueName('Feed delete')))
    await deleteSession(a.id, { ifMatch: a.etag })
    const b = await upsertSession(sessionBody(uniqueName('Feed key')))
    await updateSession(b.id, sessionBody(uniqueName('Feed key new')), { ifMatch: b.etag })

    const versions = render(() => useAvailableChangeVersions())
    const frozenVersions = render(() => useAvailableChangeVersions({ snapshot: true }))
    const deletes = render(() => useSessionDeletes({ minChangeVersion: start, limit: 5, totalCount: true }))
    const keyChanges = render(() => useSessionKeyChanges({ minChangeVersion: start, limit: 5, offset: 0, totalCount: true }))
    const frozenDeletes = render(() => useSessionDeletes({ minChangeVersion: start, limit: 5, snapshot: true }))
    await waitFor(() =>
      expect([versions, frozenVersions, deletes, keyChanges, frozenDeletes].every((h) => h.result.current.isSuccess)).toBe(true),
    )
    expect(deletes.result.current.data).toMatchObject({ total: 1, items: [{ id: a.id }] })
    expect(keyChanges.result.current.data).toMatchObject({ total: 1, items: [{ id: b.id }] })
    expect(frozenDeletes.result.current.data?.items).toEqual([])
    expect(versions.result.current.data!.newestChangeVersion).toBeGreaterThan(frozenVersions.result.current.data!.newestChangeVersion)
    // `start` is the version of the first POST; its delete came one later.
    const window = render(() => useSessionDeletes({ minChangeVersion: start, maxChangeVersion: start, limit: 5 }))
    await waitFor(() => expect(window.result.current.isSuccess).toBe(true))
    expect(window.result.current.data?.items).toEqual([])
  })
})
