import { render, screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { FieldDiffTable } from './field-diff-table.tsx'

it('marks what changed as removed and added, and shows unchanged key parts plainly', () => {
  render(
    <FieldDiffTable
      caption="Old and new key"
      changes={[
        { field: 'sessionName', label: 'Session name', before: 'Winter', after: 'Winter Mini-Term', changed: true },
        { field: 'schoolId', label: 'School', before: 'Grand Bend Middle School', after: 'Grand Bend Middle School', changed: false },
      ]}
    />,
  )
  const renamed = screen.getByRole('row', { name: /Session name/ })
  expect(within(renamed).getByText('Winter').tagName).toBe('DEL')
  expect(within(renamed).getByText('Winter Mini-Term').tagName).toBe('INS')
  const school = screen.getByRole('row', { name: /School/ })
  expect(school.querySelector('del, ins')).toBeNull()
  expect(within(school).getAllByText('Grand Bend Middle School')).toHaveLength(2)
})
