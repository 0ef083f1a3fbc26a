import { expect, test } from '@playwright/test'
import { DEMO } from '../support/edfi-clients.ts'
import { discoveredClient, type DiscoveredClient } from '../support/discovered-api.ts'

// The editor's rules come from the server's own OpenAPI metadata: a Data Standard 6 server
// (ods-7.3-ds6: EDFI_PROFILE=7.3 DATA_STANDARD=6) takes 120-character session names; every other
// profile publishes DS 4/5.x metadata (or none reachable), where the limit stays 60 and a longer
// name is refused on the field, in plain words, before anything is sent.

const SCHOOL = 255901001
const YEAR = 2027
const longName = `Long ${Date.now() % 1_000_000} `.padEnd(100, 'x')
const limitOf = (project: string) => (project === 'ods-7.3-ds6' ? 120 : 60)

let demo: DiscoveredClient
test.beforeAll(async ({ baseURL }) => {
  demo = await discoveredClient(baseURL!, DEMO)
})

async function storedWithName(name: string): Promise<{ id: string }[]> {
  const query = `schoolId=${SCHOOL}&schoolYear=${YEAR}&sessionName=${encodeURIComponent(name)}`
  const res = await demo.http.get(`${demo.sessions}?${query}`, { headers: demo.auth })
  expect(res.status()).toBe(200)
  return res.json()
}

test('the connection screen says which rules the editor follows', async ({ page }, info) => {
  await page.goto('/connection')
  const list = page.getByRole('list', { name: 'What this server can do' })
  // Year-specific metadata sits under the year (6.2: /metadata/2026, 7.x: /2026/metadata/), which the
  // embedded server does not route: the app falls back to the usual rules and says so.
  const published = !info.project.name.endsWith('year-specific')
  await expect(list).toContainText(
    published
      ? `The editor follows this server’s own rules: session names up to ${limitOf(info.project.name)} characters.`
      : 'This server does not publish its rules; the editor checks the usual Ed-Fi rules (session names up to 60 characters)',
  )
})

test('a 100-character session name: accepted where the server’s data standard allows it, refused on the field elsewhere', async ({
  page,
}, info) => {
  const limit = limitOf(info.project.name)
  await page.goto('/sessions')
  await page.getByRole('button', { name: 'New session' }).click()
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await expect(dialog.getByText(`At most ${limit} characters`)).toBeVisible()
  await dialog.getByLabel('School', { exact: true }).selectOption(String(SCHOOL))
  await dialog.getByLabel('School year').selectOption(String(YEAR))
  await dialog.getByLabel('Session name').fill(longName)
  await dialog.getByLabel('Term').selectOption({ label: 'MiniTerm' })
  await dialog.getByLabel('Begin date').fill('2027-01-04')
  await dialog.getByLabel('End date').fill('2027-01-08')
  await dialog.getByLabel('Total instructional days').fill('5')
  await dialog.getByRole('button', { name: 'Create session' }).click()

  if (limit === 120) {
    await expect(dialog).toBeHidden()
    const [stored] = await storedWithName(longName)
    expect(stored).toBeDefined()
    const removed = await demo.http.delete(`${demo.sessions}/${stored!.id}`, { headers: demo.auth })
    expect(removed.status()).toBe(204)
    return
  }
  const field = dialog.getByLabel('Session name')
  await expect(dialog.getByText('A session name has at most 60 characters.')).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveValue(longName)
  expect(await storedWithName(longName)).toEqual([])
})
