// The change feed against the REAL embedded API: another client changes sessions over HTTP, the
// page lists them in change-version order, a bar of the chart narrows the window, and a server
// without a snapshot is named as such while the window is read live.
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ConnectionProvider } from '../../../shared/connection/connection-context.tsx'
import { createConnectionRuntime } from '../../../shared/connection/connection-runtime.ts'
import { changeAsAnotherClient, testQueryClient, wrapperFor } from '../../../testing/session-test-support.tsx'
import { SnapshotModeProvider } from '../../../shared/snapshot/snapshot-mode.tsx'
import { connectToEmbeddedApi, setUpEmbeddedApi } from '../../../testing/connect.ts'
import { startEmbeddedApi, type EmbeddedApi } from '../../../testing/embedded-api.ts'
import type { ChangesSearch } from '../changes-search.ts'
import { ChangesPage } from './changes-page.tsx'
import { DETAILS_STORAGE_KEY } from '../../../lib/details-mode.ts'

const api = setUpEmbeddedApi()
let noSnapshots: EmbeddedApi
beforeAll(async () => {
  noSnapshots = await startEmbeddedApi({ env: { SNAPSHOTS: 'off' } })
})
afterAll(() => noSnapshots.stop())
beforeEach(() => localStorage.clear())

/** The page inside the providers it needs; the URL is stood in for by state, and its changes are recorded. */
function renderPage(apiRoot: string, initial: ChangesSearch) {
  const changes: Partial<ChangesSearch>[] = []
  function Harness() {
    const [search, setSearch] = useState(initial)
    return (
      <ChangesPage
        search={search}
        onSearchChange={(change) => {
          changes.push(change)
          setSearch((prev) => ({ ...prev, ...change }))
        }}
      />
    )
  }
  const rootRoute = createRootRoute({ component: Outlet })
  const route = createRoute({ getParentRoute: () => rootRoute, path: '/changes', component: Harness })
  const router = createRouter({ routeTree: rootRoute.addChildren([route]), history: createMemoryHistory({ initialEntries: ['/changes'] }) })
  // The runtime's profile is the embedded API the test started; its network door is that API too.
  const runtime = createConnectionRuntime({ origin: new URL(apiRoot).origin, local: localStorage, session: sessionStorage })
  const Wrapper = wrapperFor(testQueryClient())
  render(
    <Wrapper>
      <ConnectionProvider runtime={runtime}>
        <SnapshotModeProvider initial={false}>
          <RouterProvider router={router} />
        </SnapshotModeProvider>
      </ConnectionProvider>
    </Wrapper>,
  )
  return { changes }
}

async function newest(apiRoot: string): Promise<number> {
  const token = await (
    (await fetch(`${apiRoot}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: '255901', client_secret: '255901' }),
    }).then((r) => r.json())) as { access_token: string }
  ).access_token
  const res = await fetch(`${apiRoot}/changeQueries/v1/availableChangeVersions`, { headers: { authorization: `Bearer ${token}` } })
  return ((await res.json()) as { newestChangeVersion: number }).newestChangeVersion
}

async function firstSessionId(apiRoot: string, token: string): Promise<string> {
  const res = await fetch(`${apiRoot}/data/v3/ed-fi/sessions?schoolYear=2026&schoolId=255901107&limit=1`, {
    headers: { authorization: `Bearer ${token}` },
  })
  return ((await res.json()) as { id: string }[])[0]!.id
}

describe('change feed page', () => {
  it('lists another client’s updates at their exact change versions, newest first; a chart bar narrows the window', async () => {
    localStorage.setItem(DETAILS_STORAGE_KEY, 'on') // the Ed-Fi names shown with "Show Ed-Fi details" on
    const user = userEvent.setup()
    const token = await api.token('255901')
    const first = await firstSessionId(api.apiRoot, token)
    const before = await newest(api.apiRoot)
    await changeAsAnotherClient(api, first, (s) => (s.totalInstructionalDays = Number(s.totalInstructionalDays) - 1))
    const after = await newest(api.apiRoot)

    const { changes } = renderPage(api.apiRoot, { minChangeVersion: before - 20, maxChangeVersion: after })
    const feed = await screen.findByRole('table', { name: 'Changes to sessions, newest first' })
    // Exact versions come after the chart's buckets (one probe round more): allow for that.
    await waitFor(() => expect(within(feed).getAllByRole('row')[1]).toHaveTextContent(new RegExp(`^${after}Created or updated`)), {
      timeout: 5000,
    })
    expect(within(feed).getAllByRole('row')[1]).toHaveTextContent('Grand Bend Elementary School')
    expect(screen.getAllByText('Author not available from Ed-Fi').length).toBeGreaterThan(0)

    const newestBar = (await screen.findAllByRole('button', { name: /^Change versions .*Narrow the list/ })).at(-1)!
    await user.click(newestBar)
    const narrowed = changes.at(-1)!
    expect(narrowed.window).toBe('custom')
    expect(narrowed.maxChangeVersion).toBe(after)
    expect(narrowed.minChangeVersion).toBeGreaterThan(before - 20)
  })

  it('says when the server has no snapshot and reads the window live instead', async () => {
    localStorage.setItem(DETAILS_STORAGE_KEY, 'on') // the Ed-Fi names shown with "Show Ed-Fi details" on
    connectToEmbeddedApi(noSnapshots)
    const top = await newest(noSnapshots.apiRoot)
    renderPage(noSnapshots.apiRoot, { minChangeVersion: top - 30, maxChangeVersion: top, snapshot: true })
    expect(await screen.findByText('This server has no snapshot, so the window is read from live data.')).toBeInTheDocument()
    expect(await screen.findByText(`Window: change versions ${top - 30} to ${top}, read live.`)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Read the whole window from the snapshot' })).toBeChecked()
  })
})
