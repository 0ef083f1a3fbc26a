// The session detail view against the REAL embedded Ed-Fi API (Grand Bend demo data).
import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { listSessions } from '../../entities/sessions/list-sessions.ts'
import type { SessionFilters } from '../../entities/sessions/session-params.ts'
import type { Session } from '../../entities/sessions/session-schema.ts'
import { renderInRouter } from '../../testing/render-in-router.tsx'
import { SessionDetailPage } from './session-detail-page.tsx'
import { inertDetailSlots } from '../../testing/inert-slots.ts'
import { DETAILS_STORAGE_KEY } from '../../lib/details-mode.ts'

const api = setUpEmbeddedApi()
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

async function findSession(filters: SessionFilters): Promise<Session> {
  return (await listSessions({ ...filters, limit: 1 })).items[0]!
}

function renderDetail(id: string, options: { snapshot?: boolean; client?: { key: string; secret: string } } = {}) {
  return renderInRouter(
    `/sessions/${id}`,
    { detail: (sessionId) => <SessionDetailPage sessionId={sessionId} slots={inertDetailSlots} /> },
    { apiRoot: api.apiRoot, ...options },
  )
}

describe('Session detail', () => {
  it('shows every member, its grading periods and academic weeks with names, and the ways to change it', async () => {
    localStorage.setItem(DETAILS_STORAGE_KEY, 'on') // the Ed-Fi names shown with "Show Ed-Fi details" on
    const session = await findSession({ schoolId: 255901001, schoolYear: 2022, sessionName: '2021-2022 Fall Semester' })
    renderDetail(session.id)
    expect(await screen.findByRole('heading', { level: 1, name: '2021-2022 Fall Semester' })).toBeInTheDocument()
    const field = (label: RegExp) => {
      const term = screen.getAllByRole('term').find((dt) => label.test(dt.textContent ?? ''))
      if (!term) throw new Error(`no field ${label}`)
      return term.nextElementSibling!
    }
    expect(field(/^School schoolReference/)).toHaveTextContent('255901001')
    expect(await screen.findAllByText('Grand Bend High School')).not.toHaveLength(0)
    expect(field(/^Term/)).toHaveTextContent('Fall Semester uri://ed-fi.org/TermDescriptor#Fall Semester')
    expect(field(/^Begin date/)).toHaveTextContent('Aug 23, 2021 2021-08-23')
    expect(field(/^End date/)).toHaveTextContent('Dec 17, 2021 2021-12-17')
    expect(field(/^Total instructional days/)).toHaveTextContent(String(session.totalInstructionalDays))
    expect(field(/^ETag/)).toHaveTextContent(session._etag!)
    expect(field(/^Resource ID/)).toHaveTextContent(session.id)
    expect(field(/^Last modified/)).toHaveTextContent(session._lastModifiedDate!)

    const periods = screen.getByRole('region', { name: /Grading periods/ })
    const period = session.gradingPeriods![0]!.gradingPeriodReference
    const periodRow = within(periods).getByRole('row', { name: new RegExp(period.gradingPeriodName) })
    expect(periodRow).toHaveTextContent(period.gradingPeriodDescriptor.split('#')[1]!)
    expect(periodRow).toHaveTextContent('2022')
    // The period's own dates arrive from its resource.
    expect(await within(periodRow).findAllByRole('time')).toHaveLength(2)

    const weeks = screen.getByRole('region', { name: /Academic weeks/ })
    expect(
      within(weeks)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(session.academicWeeks!.map((w) => w.academicWeekReference.weekIdentifier))

    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('href', `/sessions/${session.id}/history`)
    expect(screen.getByRole('button', { name: 'Edit' })).toBeEnabled()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled()
  })

  it('says plainly when the session does not exist', async () => {
    renderDetail('00000000000000000000000000000000')
    expect(await screen.findByRole('heading', { level: 1, name: 'Session not found' })).toBeInTheDocument()
    expect(screen.getByText(/Someone may have deleted it, or the link is wrong/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to sessions' })).toHaveAttribute('href', '/sessions')
  })

  it('says plainly when this API client may not see the session (403)', async () => {
    const middleSchool = await findSession({ schoolId: 255901044 })
    renderDetail(middleSchool.id, { client: { key: '255901001', secret: '255901001' } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed to see this session' })).toBeInTheDocument()
    expect(screen.getByText(/belongs to another school or district/)).toBeInTheDocument()
    expect(screen.getByText(/correlation ID/i)).toBeInTheDocument()
  })

  it('in snapshot mode, Edit and Delete are off and say why', async () => {
    const session = await findSession({ schoolId: 255901107 })
    renderDetail(session.id, { snapshot: true })
    await screen.findByRole('heading', { level: 1, name: session.sessionName })
    for (const name of ['Edit', 'Delete']) {
      const button = screen.getByRole('button', { name })
      expect(button).toBeDisabled()
      expect(button).toHaveAccessibleDescription('Snapshot mode is read-only: turn it off to edit or delete.')
    }
  })
})
