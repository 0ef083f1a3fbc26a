// The sessions screen with its URL state, against the REAL embedded Ed-Fi API (Grand Bend demo data).
import { useNavigate, useSearch } from '@tanstack/react-router'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { listSessions } from '../../entities/sessions/list-sessions.ts'
import type { SessionFilters } from '../../entities/sessions/session-params.ts'
import type { SessionsSearch } from '../../entities/sessions/sessions-search.ts'
import { renderInRouter } from '../../testing/render-in-router.tsx'
import { SessionsPage } from './sessions-page.tsx'
import { inertSessionsPageSlots } from '../../testing/inert-slots.ts'

const api = setUpEmbeddedApi()
beforeEach(() => localStorage.clear())

// The route component of the app, minus the app: search from the router, navigation back into it.
function SessionsPageInRoute() {
  const search = useSearch({ strict: false }) as SessionsSearch
  const navigate = useNavigate()
  return (
    <SessionsPage
      search={search}
      onSearchChange={(next) => void navigate({ to: '/sessions', search: next })}
      slots={inertSessionsPageSlots}
    />
  )
}

const renderAt = (url: string, options: { snapshot?: boolean } = {}) =>
  renderInRouter(url, { sessions: () => <SessionsPageInRoute /> }, { apiRoot: api.apiRoot, ...options })

async function totalOf(filters: SessionFilters): Promise<number> {
  return (await listSessions({ ...filters, limit: 0 })).total!
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('rowheader')

describe('Sessions page', () => {
  it('applies the filters in the URL and shows them as chips; removing a chip widens the result', async () => {
    const user = userEvent.setup()
    const { router } = renderAt('/sessions?schoolId=255901001&schoolYear=2022')
    const table = await screen.findByRole('table', { name: /Sessions/ })
    await waitFor(() =>
      expect(bodyRows(table).map((r) => r.textContent)).toEqual([
        '2021-2022 Fall Semester',
        '2021-2022 Spring Semester',
        '2021-2022 Summer Semester',
      ]),
    )
    expect(screen.getByText('1–3 of 3')).toBeInTheDocument()

    const chips = screen.getByRole('list', { name: 'Applied filters' })
    expect(within(chips).getByText(/Grand Bend High School \(255901001\)/)).toBeInTheDocument()
    await user.click(within(chips).getByRole('button', { name: /Remove filter School year/ }))
    // Without a year the choice is every year, kept in the URL (a bare /sessions opens on the current one).
    expect(router.state.location.search).toEqual({ schoolId: 255901001, allYears: true })
    const highSchool = await totalOf({ schoolId: 255901001 })
    expect(await screen.findByText(`1–25 of ${highSchool}`)).toBeInTheDocument()
    // The form (folded into the filter bar until opened) follows the URL: the year picker is back to all years.
    await user.click(screen.getByRole('button', { name: /^Filters/ }))
    expect(screen.getByLabelText('School year')).toHaveValue('')
  })

  it('opens the default view for a URL full of junk', async () => {
    renderAt('/sessions?schoolId=abc&pageSize=7&offset=-5&mode=sideways&beginDate=2021-02-30&tokens=5')
    const total = await totalOf({})
    expect(await screen.findByText(`1–25 of ${total}`)).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Applied filters' })).toBeNull()
    expect(screen.getByLabelText('Rows per page')).toHaveValue('25')
  })

  it('applies what the form holds, and refuses values the API would reject with the reason on the field', async () => {
    const user = userEvent.setup()
    const { router } = renderAt('/sessions')
    await screen.findByRole('table', { name: /Sessions/ })
    await user.click(screen.getByRole('button', { name: 'Filters' }))
    await screen.findByRole('option', { name: /Grand Bend Middle School \(255901044\)/ })
    await user.selectOptions(screen.getByLabelText('School'), '255901044')
    await user.selectOptions(screen.getByLabelText('School year'), '2022')
    await user.type(screen.getByLabelText('Instructional days'), 'many')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    const days = screen.getByLabelText('Instructional days')
    expect(days).toHaveAttribute('aria-invalid', 'true')
    expect(days).toHaveAccessibleDescription(/whole number of days/)
    expect(router.state.location.search).toEqual({})

    await user.clear(days)
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ schoolId: 255901044, schoolYear: 2022 }))
    const expected = await totalOf({ schoolId: 255901044, schoolYear: 2022 })
    expect(await screen.findByText(`1–${expected} of ${expected}`)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /^Filters/ }))
    await user.click(screen.getByRole('button', { name: 'Reset' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ allYears: true }))
    expect(screen.getByLabelText('School')).toHaveValue('')
  })

  it('says nothing matched and offers to clear the filters', async () => {
    const user = userEvent.setup()
    const { router } = renderAt('/sessions?sessionName=No%20such%20session&schoolId=255901001')
    expect(await screen.findByText('No sessions match these filters.')).toBeInTheDocument()
    const empty = screen.getByText('No sessions match these filters.').closest('div')!
    await user.click(within(empty).getByRole('button', { name: 'Clear all filters' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ allYears: true }))
  })

  it('pages with a cursor: Next pushes the Next-Page-Token into the URL, Previous walks back, no total is claimed', async () => {
    const user = userEvent.setup()
    const { router } = renderAt('/sessions?mode=cursor&pageSize=50')
    expect(await screen.findByText('Page 1 · 1–50 · more available')).toBeInTheDocument()
    const firstPage = bodyRows(screen.getByRole('table', { name: /Sessions/ })).map((r) => r.textContent)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(await screen.findByText('Page 2 · 51–100 · more available')).toBeInTheDocument()
    const search = router.state.location.search as SessionsSearch
    expect(search.tokens).toHaveLength(1)
    await user.click(screen.getByRole('button', { name: 'Previous' }))
    expect(await screen.findByText('Page 1 · 1–50 · more available')).toBeInTheDocument()
    expect(bodyRows(screen.getByRole('table', { name: /Sessions/ })).map((r) => r.textContent)).toEqual(firstPage)
    expect(screen.queryByText(/ of \d+/)).toBeNull()
  })

  it('hides a column from the Columns menu and remembers it in this browser', async () => {
    const user = userEvent.setup()
    const first = renderAt('/sessions')
    const table = await screen.findByRole('table', { name: /Sessions/ })
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(await screen.findByRole('checkbox', { name: 'Term' }))
    expect(within(table).queryByRole('columnheader', { name: 'Term' })).toBeNull()
    first.unmount()

    renderAt('/sessions')
    const again = await screen.findByRole('table', { name: /Sessions/ })
    expect(within(again).getByRole('columnheader', { name: 'Session name' })).toBeInTheDocument()
    expect(within(again).queryByRole('columnheader', { name: 'Term' })).toBeNull()
    expect(screen.getByRole('button', { name: 'Columns (1 hidden)' })).toBeInTheDocument()
  })

  it('keys: "/" goes to the filters; typing "n" in a field stays typing', async () => {
    const user = userEvent.setup()
    renderAt('/sessions')
    await screen.findByRole('table', { name: /Sessions/ })
    await user.keyboard('/')
    expect(screen.getByLabelText('School')).toHaveFocus()
    await user.click(screen.getByLabelText('Session name'))
    await user.keyboard('n')
    expect(screen.getByLabelText('Session name')).toHaveValue('n')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it("shows the API's words and the correlation id when the list fails, and Try again reloads it", async () => {
    const user = userEvent.setup()
    // Three failures: the network door retries a read twice before giving up.
    await api.injectFault({ kind: 'status', status: 500, count: 3, pathIncludes: '/ed-fi/sessions?offset=0&limit=25&totalCount=true' })
    renderAt('/sessions')
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('Sessions could not be loaded')
    expect(alert).toHaveTextContent('Injected fault.')
    // The correlation id is one click away, under "Details for your help desk".
    expect(within(alert).getByText('Details for your help desk')).toBeInTheDocument()
    expect(alert).toHaveTextContent(/correlation ID\): \S+/)
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: /Sessions/ })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('in snapshot mode, New session is off and says why', async () => {
    renderAt('/sessions', { snapshot: true })
    await screen.findByRole('table', { name: /Sessions/ })
    const button = screen.getByRole('button', { name: 'New session' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription('Snapshot mode is read-only: turn it off to add sessions.')
  })
})
