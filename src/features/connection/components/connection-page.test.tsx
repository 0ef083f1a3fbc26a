import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import { startEmbeddedApi, type EmbeddedApi } from '../../../testing/embedded-api.ts'
import { ConnectionProvider } from '../../../shared/connection/connection-context.tsx'
import { createConnectionRuntime } from '../../../shared/connection/connection-runtime.ts'
import { ConnectionPage } from './connection-page.tsx'

let api: EmbeddedApi
beforeAll(async () => {
  api = await startEmbeddedApi()
})
afterAll(() => api.stop())
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
})

function renderPage() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const clear = vi.spyOn(queryClient, 'clear')
  // The built-in profile points at the page's own origin; here that is the test's embedded API.
  const runtime = createConnectionRuntime({ origin: new URL(api.apiRoot).origin, onSwitch: () => queryClient.clear() })
  render(
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider runtime={runtime}>
        <ConnectionPage />
      </ConnectionProvider>
    </QueryClientProvider>,
  )
  return { clear, runtime, user: userEvent.setup() }
}

it('connects to the embedded demo API at once and shows what the server reports', async () => {
  renderPage()
  const active = screen.getByRole('region', { name: 'In use: Embedded demo API' })
  expect(await within(active).findByText(/^Connected\./)).toBeInTheDocument()
  const fact = (term: string) => within(active).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent
  expect(fact('API version')).toBe('7.3')
  expect(fact('Data model')).toBe('Ed-Fi 5.2.0')
  expect(fact('Data URL')).toBe(`${api.apiRoot}/data/v3/`)
  expect(fact('OAuth token URL')).toBe(`${api.apiRoot}/oauth/token`)
  expect(fact('Change queries URL')).toBe(`${api.apiRoot}/changeQueries/v1/`)
  expect(within(active).getByText(/^Access token valid until/)).toBeInTheDocument()
  expect(screen.getByText(/Client secrets are/)).toHaveTextContent('never saved there')
  expect(screen.getByText(/whose secret is published and built into the app/)).toBeInTheDocument()
})

it('adds a profile: a failed test explains itself, then save and connect switches and clears cached data', async () => {
  const { user, clear, runtime } = renderPage()
  await user.click(screen.getByRole('button', { name: 'Add a connection' }))
  await user.keyboard('Grand Bend High School')
  await user.type(screen.getByLabelText('API root URL'), `${api.apiRoot}/`)
  await user.type(screen.getByLabelText('Client key'), '255901001')
  await user.type(screen.getByLabelText('Client secret'), 'not-the-secret')
  await user.click(screen.getByRole('button', { name: 'Test connection' }))
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('Connection test failed')
  expect(alert).toHaveTextContent('The key or secret was not accepted')

  await user.clear(screen.getByLabelText('Client secret'))
  await user.type(screen.getByLabelText('Client secret'), '255901001')
  await user.click(screen.getByRole('button', { name: 'Test connection' }))
  expect(await screen.findByText(/^Test passed/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Save and connect' }))
  expect(await screen.findByText('Saved “Grand Bend High School” and connected to it.')).toBeInTheDocument()
  const active = screen.getByRole('region', { name: 'In use: Grand Bend High School' })
  expect(await within(active).findByText(/^Connected\./)).toBeInTheDocument()
  expect(clear).toHaveBeenCalledTimes(1)
  expect(runtime.active.getSnapshot().connection.clientKey).toBe('255901001')
  // Key and secret are both 255901001 for this demo client: the stored profile holds it once, as the key.
  const stored = Object.keys(localStorage)
    .map((key) => localStorage.getItem(key))
    .join('\n')
  expect(stored).toContain('"clientKey":"255901001"')
  expect(stored.match(/255901001/g)).toHaveLength(1)
  expect(stored).not.toMatch(/not-the-secret|secret/i)
  expect(sessionStorage.length).toBe(0)
})

it('switches back to the demo profile and removes another after confirming with Enter', async () => {
  const first = renderPage()
  const id = first.runtime.profiles.add({
    name: 'Temp',
    apiRoot: api.apiRoot,
    clientKey: '255901',
    clientSecret: '255901',
    rememberSecret: false,
  })
  first.runtime.profiles.activate(id)
  const { user } = first
  await user.click(await screen.findByRole('button', { name: 'Connect to Embedded demo API' }))
  expect(screen.getByRole('region', { name: 'In use: Embedded demo API' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Remove Temp' }))
  expect(screen.getByRole('button', { name: 'Remove connection' })).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(await screen.findByText('Removed “Temp”.')).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'Temp' })).not.toBeInTheDocument()
})
