// The conflict view as a steward sees it: the three versions of each differing field, the
// proposed side per field, the "all mine / all theirs" shortcuts that only set the radios, and
// the choices handed back on "Save with these choices".
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ConflictView } from './conflict-view.tsx'
import { fallSessionForm } from '../../testing/session-test-support.tsx'

const original = fallSessionForm()
const mine = { ...original, totalInstructionalDays: '82' }
const theirs = { ...original, totalInstructionalDays: '79', termDescriptor: 'uri://ed-fi.org/TermDescriptor#Semester' }

function renderView() {
  const actions = { onCancel: vi.fn(), onSaveChoices: vi.fn() }
  render(
    <ConflictView
      original={original}
      mine={mine}
      theirs={theirs}
      schoolName={() => 'Grand Bend High School'}
      saving={false}
      {...actions}
    />,
  )
  return actions
}

describe('ConflictView', () => {
  it('lists only the fields that differ, with original, mine and theirs as readable values', () => {
    renderView()
    const table = screen.getByRole('table', { name: /Fields that differ between your version and theirs \(2\)/ })
    const days = within(table).getByRole('row', { name: /Instructional days/ })
    expect(
      within(days)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent),
    ).toEqual(['80', '82', '79'])
    expect(days).toHaveTextContent('(both changed)')
    const term = within(table).getByRole('row', { name: /Term/ })
    expect(
      within(term)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent),
    ).toEqual(['Fall Semester', 'Fall Semester', 'Semester'])
    expect(within(table).queryByRole('row', { name: /Session name/ })).toBeNull()
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was overwritten')
  })

  it('proposes mine where I changed a field and theirs where only they did; choices go back as chosen', () => {
    const actions = renderView()
    const days = screen.getByRole('row', { name: /Instructional days/ })
    const term = screen.getByRole('row', { name: /Term/ })
    expect(within(days).getByRole('radio', { name: 'Yours' })).toBeChecked()
    expect(within(term).getByRole('radio', { name: 'Theirs' })).toBeChecked()
    fireEvent.click(within(days).getByRole('radio', { name: 'Theirs' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save with these choices' }))
    expect(actions.onSaveChoices).toHaveBeenCalledWith({ totalInstructionalDays: 'theirs', termDescriptor: 'theirs' })
  })

  it('"all mine" and "all theirs" set every radio and save nothing; the one save button sends what is shown', () => {
    const actions = renderView()
    fireEvent.click(screen.getByRole('button', { name: 'Choose all mine' }))
    expect(actions.onSaveChoices).not.toHaveBeenCalled()
    for (const row of [/Instructional days/, /Term/])
      expect(within(screen.getByRole('row', { name: row })).getByRole('radio', { name: 'Yours' })).toBeChecked()
    fireEvent.click(screen.getByRole('button', { name: 'Save with these choices' }))
    expect(actions.onSaveChoices).toHaveBeenLastCalledWith({ totalInstructionalDays: 'mine', termDescriptor: 'mine' })
    fireEvent.click(screen.getByRole('button', { name: 'Choose all theirs' }))
    for (const row of [/Instructional days/, /Term/])
      expect(within(screen.getByRole('row', { name: row })).getByRole('radio', { name: 'Theirs' })).toBeChecked()
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Choose all mine',
      'Choose all theirs',
      'Save with these choices',
      'Cancel',
    ])
  })

  it('shows dates in the app format, not as ISO strings', () => {
    const actions = { onCancel: vi.fn(), onSaveChoices: vi.fn() }
    render(
      <ConflictView
        original={original}
        mine={original}
        theirs={{ ...original, endDate: '2026-12-19' }}
        schoolName={() => undefined}
        saving={false}
        {...actions}
      />,
    )
    const row = screen.getByRole('row', { name: /End date/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(0, 3)
        .map((c) => c.textContent),
    ).toEqual(['Dec 18, 2026', 'Dec 18, 2026', 'Dec 19, 2026'])
  })
})
