// The write hooks against the REAL embedded Ed-Fi API: results, exactly which cached queries each
// write invalidates, the detail cache after a write, 412 with the server's record, 404, 409, 400,
// and snapshot mode refusing writes before any request.
import { act, waitFor } from '@testing-library/react'
import type { QueryKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../lib/api-error.ts'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { listSessions } from './list-sessions.ts'
import { SessionConflictError, SessionNotFoundError, SnapshotReadOnlyError } from './session-errors.ts'
import { useSessions } from './session-hooks.ts'
import { useDeleteSession, useUpdateSession, useUpsertSession } from './session-mutations.ts'
import { sessionQueries } from './session-queries.ts'
import {
  changeAsAnotherClient,
  deleteAsAnotherClient,
  rejection,
  sessionBody,
  spyOnFetch,
  uniqueName,
  freshQueryClientPerTest,
} from '../../testing/session-test-support.tsx'
import { upsertSession } from './write-session.ts'

const api = setUpEmbeddedApi()
const { client, render } = freshQueryClientPerTest()

/** Fills the cache with one query of each kind, so a test can see which ones a write marks stale. */
async function seedCache(otherId: string) {
  const keys: Record<string, QueryKey> = {
    list: sessionQueries.list({ limit: 5 }).queryKey,
    snapshotList: sessionQueries.list({ limit: 5, snapshot: true }).queryKey,
    cursor: sessionQueries.cursor({ pageSize: 5 }).queryKey,
    partitions: sessionQueries.partitions({}).queryKey,
    deletes: sessionQueries.deletes({ limit: 5 }).queryKey,
    keyChanges: sessionQueries.keyChanges({ limit: 5 }).queryKey,
    availableChangeVersions: sessionQueries.availableChangeVersions().queryKey,
    snapshotVersions: sessionQueries.availableChangeVersions(true).queryKey,
    otherDetail: sessionQueries.detail(otherId).queryKey,
    feed: [...sessionQueries.feed(), 'volume', { snapshot: false }],
    snapshotFeed: [...sessionQueries.feed(), 'volume', { snapshot: true }],
  }
  client().setQueryData(keys.feed!, [])
  client().setQueryData(keys.snapshotFeed!, [])
  await Promise.all([
    client().fetchQuery(sessionQueries.list({ limit: 5 })),
    client().fetchQuery(sessionQueries.list({ limit: 5, snapshot: true })),
    client().fetchInfiniteQuery(sessionQueries.cursor({ pageSize: 5 })),
    client().fetchQuery(sessionQueries.partitions({})),
    client().fetchQuery(sessionQueries.deletes({ limit: 5 })),
    client().fetchQuery(sessionQueries.keyChanges({ limit: 5 })),
    client().fetchQuery(sessionQueries.availableChangeVersions()),
    client().fetchQuery(sessionQueries.availableChangeVersions(true)),
    client().fetchQuery(sessionQueries.detail(otherId)),
  ])
  return () =>
    Object.entries(keys)
      .filter(([, key]) => client().getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
      .sort()
}

async function anyOtherSessionId() {
  return (await listSessions({ schoolId: 255901044, limit: 1 })).items[0]!.id
}

describe('useUpsertSession', () => {
  it('creates, then updates by natural key: created vs updated, id from Location, new etag, record read back', async () => {
    const name = uniqueName('Hook upsert')
    const { result } = render(() => useUpsertSession())
    const visible = render(() => useSessions({ sessionName: name, limit: 5 }))
    await waitFor(() => expect(visible.result.current.data?.total).toBe(0))
    const stale = await seedCache(await anyOtherSessionId())

    const created = await act(() => result.current.mutateAsync({ session: sessionBody(name) }))
    expect(created).toMatchObject({ created: true, id: expect.stringMatching(/^[0-9a-f]{32}$/), etag: expect.stringMatching(/^\d+$/) })
    expect(created.detail).toMatchObject({ etag: created.etag, session: { id: created.id, sessionName: name } })
    expect(client().getQueryData(sessionQueries.detail(created.id).queryKey)).toEqual(created.detail)
    // A new key may hide the tombstone of an earlier delete of that key, so /deletes is stale too.
    expect(stale()).toEqual(['availableChangeVersions', 'cursor', 'deletes', 'feed', 'list', 'partitions'])
    await waitFor(() => expect(visible.result.current.data?.total).toBe(1))

    const fresh = await seedCache(await anyOtherSessionId())
    const sent = spyOnFetch()
    const updated = await act(() =>
      result.current.mutateAsync({ session: sessionBody(name, { totalInstructionalDays: 4 }), ifMatch: created.etag }),
    )
    expect(updated).toMatchObject({ created: false, id: created.id })
    expect(updated.etag).not.toBe(created.etag)
    expect(
      sent()
        .find((r) => r.method === 'POST')!
        .headers.get('if-match'),
    ).toBe(`"${created.etag}"`)
    expect(client().getQueryData(sessionQueries.detail(created.id).queryKey)).toMatchObject({
      etag: updated.etag,
      session: { totalInstructionalDays: 4 },
    })
    expect(fresh()).toEqual(['availableChangeVersions', 'cursor', 'feed', 'list', 'partitions'])
  })

  it('a stale If-Match is a SessionConflictError carrying the current record, found by natural key', async () => {
    const name = uniqueName('Hook upsert 412')
    const { id, etag } = await upsertSession(sessionBody(name))
    const theirs = await changeAsAnotherClient(api, id, (s) => (s.totalInstructionalDays = 2))
    const { result } = render(() => useUpsertSession())
    const error = await rejection(result.current.mutateAsync({ session: sessionBody(name, { totalInstructionalDays: 4 }), ifMatch: etag }))
    expect(error).toBeInstanceOf(SessionConflictError)
    expect(error).toMatchObject({ status: 412, kind: 'precondition-failed', title: 'Optimistic Lock Failed' })
    const conflict = error as SessionConflictError
    expect(conflict.theirs.state).toBe('current')
    expect(conflict.current).toMatchObject({ etag: theirs, session: { id, totalInstructionalDays: 2 } })
  })

  it('a 400 is an ApiError with the messages on the fields, and touches no cache', async () => {
    const stale = await seedCache(await anyOtherSessionId())
    const { result } = render(() => useUpsertSession())
    const error = await rejection(result.current.mutateAsync({ session: sessionBody('x'.repeat(61), { totalInstructionalDays: -1 }) }))
    expect(error).toMatchObject({ status: 400, kind: 'validation' })
    expect(Object.keys(error.fieldErrors()).sort()).toEqual(['sessionName', 'totalInstructionalDays'])
    await waitFor(() => expect(result.current.error).toBe(error))
    expect(stale()).toEqual([])
  })
})

describe('useUpdateSession', () => {
  it('PUTs with If-Match, keeps the detail cache on the new etag and invalidates exactly what changed', async () => {
    const name = uniqueName('Hook put')
    const { id, etag } = await upsertSession(sessionBody(name))
    await client().fetchQuery(sessionQueries.detail(id))
    const stale = await seedCache(await anyOtherSessionId())
    const { result } = render(() => useUpdateSession())

    const sent = spyOnFetch()
    const same = await act(() =>
      result.current.mutateAsync({ id, session: sessionBody(name, { totalInstructionalDays: 3 }), ifMatch: etag }),
    )
    expect(sent()[0]).toMatchObject({ method: 'PUT' })
    expect(sent()[0]!.headers.get('if-match')).toBe(`"${etag}"`)
    expect(same).toMatchObject({ id, keyChanged: false })
    expect(same.etag).not.toBe(etag)
    expect(client().getQueryData(sessionQueries.detail(id).queryKey)).toMatchObject({
      etag: same.etag,
      session: { totalInstructionalDays: 3 },
    })
    expect(stale()).toEqual(['availableChangeVersions', 'cursor', 'feed', 'list', 'partitions'])

    const rekeyed = await seedCache(await anyOtherSessionId())
    const renamed = uniqueName('Hook put renamed')
    const moved = await act(() => result.current.mutateAsync({ id, session: sessionBody(renamed), ifMatch: same.etag }))
    expect(moved.keyChanged).toBe(true)
    expect(moved.detail?.session.sessionName).toBe(renamed)
    expect(rekeyed()).toEqual(['availableChangeVersions', 'cursor', 'deletes', 'feed', 'keyChanges', 'list', 'partitions'])
  })

  it('requires If-Match by type', () => {
    const { result } = render(() => useUpdateSession())
    // @ts-expect-error ifMatch is required: an update must never overwrite a change it has not seen.
    void (() => result.current.mutate({ id: 'x', session: sessionBody('x') }))
  })

  it('412: SessionConflictError with their record, the cache moves to theirs, keeping mine works with their etag', async () => {
    const name = uniqueName('Hook conflict')
    const { id } = await upsertSession(sessionBody(name))
    const mine = await client().fetchQuery(sessionQueries.detail(id))
    const theirEtag = await changeAsAnotherClient(api, id, (s) => {
      s.totalInstructionalDays = 2
      s.endDate = '2022-01-04'
    })
    const { result } = render(() => useUpdateSession())
    const edited = sessionBody(name, { totalInstructionalDays: 4 })
    const error = await rejection(result.current.mutateAsync({ id, session: edited, ifMatch: mine.etag }))
    expect(error).toBeInstanceOf(SessionConflictError)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.summary).toMatch(/Someone else changed this record/)
    const { current } = error as SessionConflictError
    expect(current).toMatchObject({ etag: theirEtag, session: { totalInstructionalDays: 2, endDate: '2022-01-04' } })
    expect(client().getQueryData(sessionQueries.detail(id).queryKey)).toEqual(current)

    const kept = await act(() => result.current.mutateAsync({ id, session: edited, ifMatch: current!.etag }))
    expect(kept.detail?.session).toMatchObject({ totalInstructionalDays: 4, endDate: '2022-01-07' })
  })

  it('404: SessionNotFoundError when someone deleted it; its detail leaves the cache', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Hook vanished')))
    await client().fetchQuery(sessionQueries.detail(id))
    await deleteAsAnotherClient(api, id)
    const { result } = render(() => useUpdateSession())
    const error = await rejection(result.current.mutateAsync({ id, session: sessionBody('whatever'), ifMatch: etag }))
    expect(error).toBeInstanceOf(SessionNotFoundError)
    expect(error).toMatchObject({ status: 404, kind: 'not-found', id })
    expect(client().getQueryData(sessionQueries.detail(id).queryKey)).toBeUndefined()
  })
})

describe('useDeleteSession', () => {
  it('DELETEs with If-Match, drops the detail and invalidates lists, partitions, deletes and the versions', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Hook delete')))
    await client().fetchQuery(sessionQueries.detail(id))
    const stale = await seedCache(await anyOtherSessionId())
    const { result } = render(() => useDeleteSession())
    const sent = spyOnFetch()
    await act(() => result.current.mutateAsync({ id, ifMatch: etag }))
    expect(sent()[0]).toMatchObject({ method: 'DELETE' })
    expect(sent()[0]!.headers.get('if-match')).toBe(`"${etag}"`)
    expect(client().getQueryData(sessionQueries.detail(id).queryKey)).toBeUndefined()
    expect(stale()).toEqual(['availableChangeVersions', 'cursor', 'deletes', 'feed', 'list', 'partitions'])
  })

  it('requires If-Match by type', () => {
    const { result } = render(() => useDeleteSession())
    // @ts-expect-error ifMatch is required.
    void (() => result.current.mutate({ id: 'x' }))
  })

  it('409 when course offerings depend on it: an ApiError in plain words, nothing changes', async () => {
    const { items } = await listSessions({ schoolId: 255901001, schoolYear: 2025, sessionName: '2024-2025 Spring Semester', limit: 1 })
    const detail = await client().fetchQuery(sessionQueries.detail(items[0]!.id))
    const stale = await seedCache(await anyOtherSessionId())
    const { result } = render(() => useDeleteSession())
    const error = await rejection(result.current.mutateAsync({ id: detail.session.id, ifMatch: detail.etag }))
    expect(error).toMatchObject({ status: 409, kind: 'conflict', isConflict409: true })
    expect(error).not.toBeInstanceOf(SessionConflictError)
    expect(error.summary).toMatch(/^The change conflicts with other data\./)
    expect(client().getQueryData(sessionQueries.detail(detail.session.id).queryKey)).toBe(detail)
    expect(stale()).toEqual([])
  })

  it('412 carries their record; 404 is SessionNotFoundError', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Hook delete 412')))
    const theirs = await changeAsAnotherClient(api, id, (s) => (s.totalInstructionalDays = 1))
    const { result } = render(() => useDeleteSession())
    const conflict = await rejection(result.current.mutateAsync({ id, ifMatch: etag }))
    expect((conflict as SessionConflictError).current?.etag).toBe(theirs)
    await deleteAsAnotherClient(api, id)
    const missing = await rejection(result.current.mutateAsync({ id, ifMatch: theirs }))
    expect(missing).toBeInstanceOf(SessionNotFoundError)
  })
})

describe('snapshot mode', () => {
  it('refuses every write before sending anything, with an explanation', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Hook snapshot write')))
    const upsert = render(() => useUpsertSession({ snapshot: true }))
    const update = render(() => useUpdateSession({ snapshot: true }))
    const remove = render(() => useDeleteSession({ snapshot: true }))
    const sent = spyOnFetch()
    const errors = [
      await rejection(upsert.result.current.mutateAsync({ session: sessionBody('x') })),
      await rejection(update.result.current.mutateAsync({ id, session: sessionBody('x'), ifMatch: etag })),
      await rejection(remove.result.current.mutateAsync({ id, ifMatch: etag })),
    ]
    expect(sent()).toEqual([])
    for (const error of errors) {
      expect(error).toBeInstanceOf(SnapshotReadOnlyError)
      expect(error).toMatchObject({ kind: 'snapshot-read-only', status: 0, title: 'Snapshot Is Read-Only' })
      expect(error.detail).toMatch(/Turn snapshot mode off/)
    }
    expect(errors[2]!.detail).toMatch(/\(delete\)/)
  })
})
