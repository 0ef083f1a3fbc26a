// Snapshot mode against the REAL embedded API: the switch persists for the tab, the banner says
// which copy is read, and a server without snapshots is named as such.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectToEmbeddedApi, setUpEmbeddedApi } from '../../testing/connect.ts'
import { startEmbeddedApi, type EmbeddedApi } from '../../testing/embedded-api.ts'
import { testQueryClient, wrapperFor } from '../../testing/session-test-support.tsx'
import { SnapshotModeProvider } from '../../shared/snapshot/snapshot-mode.tsx'
import { SnapshotBanner, SnapshotToggle } from './snapshot-toggle.tsx'
import { DETAILS_STORAGE_KEY } from '../../lib/details-mode.ts'

setUpEmbeddedApi()
let noSnapshots: EmbeddedApi
beforeAll(async () => {
  noSnapshots = await startEmbeddedApi({ env: { SNAPSHOTS: 'off' } })
})
afterAll(() => noSnapshots.stop())

function renderWithMode(ui: ReactNode, initial?: boolean) {
  const Wrapper = wrapperFor(testQueryClient())
  return render(
    <Wrapper>
      <SnapshotModeProvider initial={initial}>{ui}</SnapshotModeProvider>
    </Wrapper>,
  )
}

beforeEach(() => sessionStorage.clear())
afterEach(() => sessionStorage.clear())

describe('snapshot mode', () => {
  it('is off by default; the switch turns it on, shows the read-only banner, and keeps it for the tab', async () => {
    localStorage.setItem(DETAILS_STORAGE_KEY, 'on') // the Ed-Fi names shown with "Show Ed-Fi details" on
    const user = userEvent.setup()
    const first = renderWithMode(
      <>
        <SnapshotToggle />
        <SnapshotBanner />
      </>,
    )
    const toggle = screen.getByRole('switch', { name: 'Snapshot mode' })
    expect(toggle).not.toBeChecked()
    expect(screen.queryByText(/Snapshot mode: read-only/)).toBeNull()

    await user.click(toggle)
    expect(toggle).toBeChecked()
    expect(screen.getByRole('status')).toHaveTextContent(/read-only.*creating, editing and deleting are turned off/)
    // The banner names the snapshot's extent, read with Use-Snapshot from the server.
    expect(await screen.findByText(/holds changes up to change version \d+/)).toBeInTheDocument()

    first.unmount()
    renderWithMode(<SnapshotToggle />)
    expect(screen.getByRole('switch', { name: 'Snapshot mode' })).toBeChecked()
  })

  it('"Back to live data" turns it off', async () => {
    const user = userEvent.setup()
    renderWithMode(
      <>
        <SnapshotToggle />
        <SnapshotBanner />
      </>,
      true,
    )
    await user.click(screen.getByRole('button', { name: 'Back to live data' }))
    expect(screen.getByRole('switch', { name: 'Snapshot mode' })).not.toBeChecked()
    expect(screen.queryByText(/Snapshot mode: read-only/)).toBeNull()
    expect(sessionStorage.length).toBe(0)
  })

  it('says so when the server has no snapshot', async () => {
    connectToEmbeddedApi(noSnapshots)
    renderWithMode(<SnapshotBanner />, true)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/This server has no snapshot yet/))
  })
})
