// Pickers against the REAL embedded Ed-Fi API: the chosen value survives its options arriving.
import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createQueryClient } from '../../lib/query-client.ts'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { SchoolOptions, SchoolYearOptions, TermOptions } from './lookup-options.tsx'

setUpEmbeddedApi()

const noChange = () => undefined

function Pickers({ schoolId, schoolYear, term }: { schoolId: string; schoolYear: string; term: string }) {
  return (
    <>
      <select aria-label="School" value={schoolId} onChange={noChange}>
        <SchoolOptions snapshot={false} current={schoolId} />
      </select>
      <select aria-label="School year" value={schoolYear} onChange={noChange}>
        <SchoolYearOptions snapshot={false} current={schoolYear} />
      </select>
      <select aria-label="Term" value={term} onChange={noChange}>
        <TermOptions snapshot={false} current={term} />
      </select>
    </>
  )
}

describe('lookup options', () => {
  it('keep showing the chosen value when the list loads after the select was drawn', async () => {
    const term = 'uri://ed-fi.org/TermDescriptor#Spring Semester'
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Pickers schoolId="255901044" schoolYear="2027" term={term} />
      </QueryClientProvider>,
    )
    const termSelect = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Term' })
    await waitFor(() => expect(termSelect.options.length).toBeGreaterThan(10))
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'School year' }).options.length).toBeGreaterThan(50))
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'School' }).options.length).toBeGreaterThan(3))
    expect(termSelect.value).toBe(term)
    expect(termSelect.selectedOptions[0]?.textContent).toBe('Spring Semester')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'School year' }).value).toBe('2027')
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'School' }).selectedOptions[0]?.textContent).toBe(
      'Grand Bend Middle School (255901044)',
    )
  })
})
