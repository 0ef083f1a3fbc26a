import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Session } from '../api/session-schema.ts'
import { SessionsTable } from './sessions-table.tsx'

const sample: Session = {
  id: '45b9a2a054424167bb80f63cd03c7276',
  sessionName: '2021-2022 Fall Semester <b>bold</b>',
  schoolReference: { schoolId: 255901001 },
  schoolYearTypeReference: { schoolYear: 2022 },
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
  beginDate: '2021-08-23',
  endDate: '2021-12-17',
  totalInstructionalDays: 81,
}

describe('SessionsTable', () => {
  it('shows each session with its term label, the URI on hover, and dates exactly as sent', () => {
    render(<SessionsTable sessions={[sample]} caption="Sessions" />)
    const row = screen.getByRole('row', { name: /2021-2022 Fall Semester/ })
    expect(within(row).getByText('Fall Semester')).toHaveAttribute('title', 'uri://ed-fi.org/TermDescriptor#Fall Semester')
    expect(within(row).getByText('2021-08-23')).toBeInTheDocument()
    expect(within(row).getByText('2021-12-17')).toBeInTheDocument()
    expect(within(row).getByText('81')).toBeInTheDocument()
  })

  it('renders API text as text, never as HTML', () => {
    const { container } = render(<SessionsTable sessions={[sample]} caption="Sessions" />)
    expect(container.querySelector('b')).toBeNull()
    expect(screen.getByRole('rowheader')).toHaveTextContent('2021-2022 Fall Semester <b>bold</b>')
  })
})
