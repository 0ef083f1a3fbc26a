// The route's prefetch and the grid's page hook must name the same cache entry, or the early read
// is wasted and the grid asks again. Against the real embedded API.
import { renderHook, waitFor } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { spyOnFetch, testQueryClient, wrapperFor } from '../../testing/session-test-support.tsx'
import { useSessionPage } from './use-session-page.ts'
import { prefetchSessionsPage } from './sessions-prefetch.ts'
import { changeWindowOf, filtersOf, pagingOf, sessionsSearchSchema, type SessionsSearch } from '../../entities/sessions/sessions-search.ts'

setUpEmbeddedApi()
const client = testQueryClient()
afterEach(() => {
  client.clear()
  sessionStorage.clear()
})

async function prefetchThenMount(search: SessionsSearch) {
  prefetchSessionsPage(client, search)
  await waitFor(() => expect(client.isFetching()).toBe(0))
  const sent = spyOnFetch()
  const { result } = renderHook(
    () => useSessionPage({ filters: filtersOf(search), changeWindow: changeWindowOf(search), paging: pagingOf(search), snapshot: false }),
    { wrapper: wrapperFor(client) },
  )
  return { result, sent }
}

it('offset mode: the grid mounts on the rows the route already read, with no second request', async () => {
  const { result, sent } = await prefetchThenMount(sessionsSearchSchema.parse({ schoolId: 255901001, pageSize: 50 }))
  expect(result.current.items?.length).toBeGreaterThan(0)
  expect(result.current.items?.every((s) => s.schoolReference.schoolId === 255901001)).toBe(true)
  expect(result.current.total).toBeGreaterThan(0)
  expect(sent()).toEqual([])
})

it('cursor mode: the first page is read once, by the route', async () => {
  const { result, sent } = await prefetchThenMount(sessionsSearchSchema.parse({ mode: 'cursor', pageSize: 25 }))
  expect(result.current.items).toHaveLength(25)
  expect(result.current.nextPageToken).toBeTruthy()
  expect(sent()).toEqual([])
})

it('snapshot mode left on in this tab: the route reads from the snapshot, as the grid will', async () => {
  sessionStorage.setItem('edfi-steward.snapshot-mode', 'on')
  prefetchSessionsPage(client, sessionsSearchSchema.parse({}))
  await waitFor(() => expect(client.isFetching()).toBe(0))
  const cached = client.getQueryCache().findAll({ queryKey: ['sessions', 'list'] })
  expect(cached.map((q) => (q.queryKey.at(-1) as { snapshot: boolean }).snapshot)).toEqual([true])
})
