// The timeline of a real school year (Grand Bend demo data from the embedded API): one row per
// session, readable as text, linking to the session; bars ordered along the year.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../../testing/connect.ts'
import { listSessions } from '../../../entities/sessions/list-sessions.ts'
import { renderInRouter } from '../../../testing/render-in-router.tsx'
import { SessionsTimeline } from './sessions-timeline.tsx'
import type { SessionLookups } from '../../../entities/lookups/use-session-lookups.ts'

const api = setUpEmbeddedApi()
const lookups: SessionLookups = {
  schoolName: (id) => (id === 255901001 ? 'Grand Bend High School' : undefined),
  yearDescription: () => undefined,
}

it('shows each session of the page as a row that reads as text and a bar placed by its dates', async () => {
  const { items } = await listSessions({ schoolId: 255901001, schoolYear: 2022, limit: 25 })
  renderInRouter('/sessions', { sessions: () => <SessionsTimeline sessions={items} lookups={lookups} /> }, { apiRoot: api.apiRoot })
  await userEvent.click(await screen.findByText(`Timeline of this page (${items.length} sessions)`))
  const rows = screen.getAllByRole('listitem').filter((li) => li.classList.contains('timeline-row'))
  expect(rows).toHaveLength(items.length)
  const fall = screen.getByRole('link', {
    name: /^2021-2022 Fall Semester, Grand Bend High School, Fall Semester, Aug 23, 2021 to Dec 17, 2021$/,
  })
  expect(fall).toHaveAttribute('href', `/sessions/${items.find((s) => s.sessionName === '2021-2022 Fall Semester')!.id}`)
  const left = (name: string) => {
    const row = rows.find((r) => within(r).getByRole('link').textContent!.startsWith(name))!
    return parseFloat((row.querySelector('.timeline-bar') as HTMLElement).style.left)
  }
  expect(left('2021-2022 Fall Semester')).toBe(0)
  expect(left('2021-2022 Spring Semester')).toBeGreaterThan(left('2021-2022 Fall Semester'))
  expect(screen.getByRole('list', { name: 'Schools' })).toHaveTextContent('Grand Bend High School')
})
