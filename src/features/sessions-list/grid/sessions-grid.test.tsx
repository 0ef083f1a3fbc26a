// The grid's columns against the REAL embedded Ed-Fi API (Grand Bend demo data).
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../../testing/connect.ts'
import { listSessions } from '../../../entities/sessions/list-sessions.ts'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import type { ColumnVisibility } from './grid-preferences.ts'
import { renderInRouter } from '../../../testing/render-in-router.tsx'
import { SessionsGrid } from './sessions-grid.tsx'
import type { SessionLookups } from '../../../entities/lookups/use-session-lookups.ts'
import { DETAILS_STORAGE_KEY } from '../../../lib/details-mode.ts'

const api = setUpEmbeddedApi()
beforeEach(() => localStorage.clear())

const lookups: SessionLookups = {
  schoolName: (id) => (id === 255901001 ? 'Grand Bend High School' : undefined),
  yearDescription: (year) => `${year - 1}-${year}`,
}

async function fallSemester2022(): Promise<Session> {
  const { items } = await listSessions({ schoolId: 255901001, schoolYear: 2022, sessionName: '2021-2022 Fall Semester', limit: 1 })
  return items[0]!
}

function renderGrid(sessions: Session[] | undefined, columnVisibility: ColumnVisibility = {}) {
  return renderInRouter(
    '/sessions',
    {
      sessions: () => (
        <SessionsGrid sessions={sessions} caption="Sessions" lookups={lookups} columnVisibility={columnVisibility} density="comfortable" />
      ),
    },
    { apiRoot: api.apiRoot },
  )
}

describe('SessionsGrid', () => {
  it('shows every column of a real session: name as row header and link, school name and id, term label with its URI, dates as sent', async () => {
    localStorage.setItem(DETAILS_STORAGE_KEY, 'on') // the Ed-Fi names shown with "Show Ed-Fi details" on
    const session = await fallSemester2022()
    renderGrid([session])
    const table = await screen.findByRole('table', { name: 'Sessions' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Session name', 'School', 'School year', 'Term', 'Begin date', 'End date', 'Instructional days', 'Last modified', 'History'])
    const header = within(table).getByRole('rowheader')
    expect(within(header).getByRole('link', { name: '2021-2022 Fall Semester' })).toHaveAttribute('href', `/sessions/${session.id}`)
    expect(within(table).getByRole('link', { name: 'History of 2021-2022 Fall Semester' })).toHaveAttribute(
      'href',
      `/sessions/${session.id}/history`,
    )
    const row = within(table).getByRole('row', { name: /2021-2022 Fall Semester/ })
    expect(row).toHaveTextContent('Grand Bend High School')
    expect(row).toHaveTextContent('255901001')
    expect(within(row).getByText('2022')).toHaveAttribute('title', '2021-2022')
    expect(within(row).getByTitle('uri://ed-fi.org/TermDescriptor#Fall Semester')).toHaveTextContent(/^Fall Semester/)
    // Date-only values: the day the API sent, in readable form, the ISO date kept in <time>.
    expect(within(row).getByText('Aug 23, 2021')).toHaveAttribute('datetime', session.beginDate)
    expect(within(row).getByText('Dec 17, 2021')).toHaveAttribute('datetime', session.endDate)
    expect(within(row).getByText(String(session.totalInstructionalDays))).toBeInTheDocument()
    const modified = row.querySelector('time[datetime="' + session._lastModifiedDate + '"]')
    expect(modified).not.toBeNull()
    expect(modified!.getAttribute('title')).toMatch(/\d{4}/)
  })

  it('renders API text as text, never as HTML', async () => {
    const session = { ...(await fallSemester2022()), sessionName: 'Fall <b>bold</b><img src=x onerror=alert(1)>' }
    const { container } = renderGrid([session])
    expect(await screen.findByRole('rowheader')).toHaveTextContent('Fall <b>bold</b><img src=x onerror=alert(1)>')
    expect(container.querySelector('b, img')).toBeNull()
  })

  it('leaves hidden columns out of the table entirely', async () => {
    renderGrid([await fallSemester2022()], { term: false, lastModified: false })
    const table = await screen.findByRole('table', { name: 'Sessions' })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers).not.toContain('Term')
    expect(headers).not.toContain('Last modified')
    expect(within(table).queryByText('Fall Semester')).toBeNull()
  })

  it('shows skeleton rows, marked busy, while the first page loads', async () => {
    renderGrid(undefined)
    const table = await screen.findByRole('table', { name: 'Sessions' })
    expect(table).toHaveAttribute('aria-busy', 'true')
    expect(table.querySelectorAll('tbody .skeleton-row')).toHaveLength(10)
    expect(within(table).queryAllByRole('rowheader')).toHaveLength(0)
  })

  it('opens a session from its row by mouse', async () => {
    const session = await fallSemester2022()
    const { router } = renderGrid([session])
    const row = await screen.findByRole('row', { name: /2021-2022 Fall Semester/ })
    await userEvent.click(within(row).getByText('Dec 17, 2021'))
    expect(router.state.location.pathname).toBe(`/sessions/${session.id}`)
  })
})
