import { expect, test, type Locator, type Page } from '@playwright/test'
import { COLLEAGUE, DEMO } from '../support/edfi-clients.ts'
import { discoveredClient, type DiscoveredClient } from '../support/discovered-api.ts'

// The flows that matter, against the embedded server playing each Ed-Fi API release (one
// Playwright project per profile, see playwright.config.ts): grid paging, create, edit with a
// 412, delete, export of a filtered set equal to the API's data, and change history or the plain
// sentence where the server has none. Writes only school year 2027 sessions with unique names.

test.describe.configure({ mode: 'serial' })

const SCHOOL = 255901001
const YEAR = 2027
const run = Date.now() % 1_000_000
const uniqueName = (label: string) => `P ${label} ${run}`

interface Expected {
  cursors: boolean
  changeQueries: boolean
  snapshot: boolean
  yearPicker: boolean
}

const EXPECTED: Record<string, Expected> = {
  'ods-7.3-profile': { cursors: true, changeQueries: true, snapshot: true, yearPicker: false },
  'ods-6.2': { cursors: false, changeQueries: true, snapshot: false, yearPicker: false },
  'ods-7.1': { cursors: false, changeQueries: false, snapshot: true, yearPicker: false },
  'ods-7.2': { cursors: false, changeQueries: true, snapshot: false, yearPicker: false },
  'ods-7.3-year-specific': { cursors: true, changeQueries: true, snapshot: true, yearPicker: true },
  'ods-6.2-year-specific': { cursors: false, changeQueries: true, snapshot: false, yearPicker: false },
  'edfi-api-8': { cursors: false, changeQueries: true, snapshot: false, yearPicker: false },
}

let expected: Expected
let demo: DiscoveredClient
let colleague: DiscoveredClient
test.beforeAll(async ({ baseURL }, info) => {
  expected = EXPECTED[info.project.name]!
  demo = await discoveredClient(baseURL!, DEMO)
  colleague = await discoveredClient(baseURL!, COLLEAGUE)
})

async function apiBodies(query: string): Promise<{ id: string; sessionName: string }[]> {
  const res = await demo.http.get(`${demo.sessions}?${query}&offset=0&limit=500`, { headers: demo.auth })
  expect(res.status()).toBe(200)
  return res.json()
}

async function readSession(id: string) {
  const res = await colleague.http.get(`${colleague.sessions}/${id}`, { headers: colleague.auth })
  return res.status() === 404 ? undefined : { etag: res.headers()['etag']!, body: (await res.json()) as Record<string, unknown> }
}

async function fillNewSession(dialog: Locator, name: string) {
  await dialog.getByLabel('School', { exact: true }).selectOption(String(SCHOOL))
  await dialog.getByLabel('School year').selectOption(String(YEAR))
  await dialog.getByLabel('Session name').fill(name)
  await dialog.getByLabel('Term').selectOption({ label: 'MiniTerm' })
  await dialog.getByLabel('Begin date').fill('2027-01-04')
  await dialog.getByLabel('End date').fill('2027-01-08')
  await dialog.getByLabel('Total instructional days').fill('5')
}

const grid = (page: Page) => page.getByRole('table', { name: /Sessions/ })

test('the connection screen says what this server can do', async ({ page }) => {
  await page.goto('/connection')
  const list = page.getByRole('list', { name: 'What this server can do' })
  await expect(list).toContainText(expected.cursors ? 'Large exports read many pages at once' : 'This server cannot page with cursors')
  await expect(list).toContainText(
    expected.changeQueries ? 'Change history: the server tells what changed' : 'does not share its change history',
  )
  await expect(page.getByRole('combobox', { name: 'School year' })).toHaveCount(expected.yearPicker ? 1 : 0)
  if (expected.yearPicker) await expect(page.getByRole('combobox', { name: 'School year' })).toHaveValue('2026')
})

test('the grid pages through the sessions, with cursors only where the server has them', async ({ page }) => {
  const total = (await apiBodies('totalCount=false')).length
  expect(total).toBeGreaterThan(50)
  await page.goto('/sessions?allYears=true')
  await expect(page.getByText(`1–25 of ${total}`)).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText(`26–50 of ${total}`)).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Paging' })).toHaveCount(expected.cursors ? 1 : 0)
  if (!expected.cursors) await expect(page.getByText('Numbered pages (this server cannot page with cursors)')).toBeVisible()
})

test('create, then an edit that meets a colleague’s save (412) keeps nothing silently, then delete', async ({ page }) => {
  const name = uniqueName('Created')
  await page.goto('/sessions')
  await expect(grid(page)).toBeVisible()
  await page.getByRole('button', { name: 'New session' }).click()
  const created = page.getByRole('dialog', { name: 'New session' })
  await fillNewSession(created, name)
  await created.getByRole('button', { name: 'Create session' }).click()
  await expect(created).toBeHidden()
  const [stored] = await apiBodies(`schoolId=${SCHOOL}&schoolYear=${YEAR}&sessionName=${encodeURIComponent(name)}`)
  expect(stored).toMatchObject({ sessionName: name, totalInstructionalDays: 5 })
  const id = stored!.id

  await page.goto(`/sessions/${id}`)
  await page.getByRole('button', { name: 'Edit' }).click()
  const dialog = page.getByRole('dialog', { name: /session/i })
  await expect(dialog.getByLabel('Session name')).toHaveValue(name)
  await dialog.getByLabel('Total instructional days').fill('9')
  const current = (await readSession(id))!
  const { id: _id, _etag, _lastModifiedDate, ...rest } = current.body
  const put = await colleague.http.put(`${colleague.sessions}/${id}`, {
    headers: { ...colleague.auth, 'if-match': current.etag },
    data: { ...rest, totalInstructionalDays: 3 },
  })
  expect(put.status(), await put.text()).toBe(204)
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByRole('heading', { name: 'Someone else saved this session after you opened it' })).toBeVisible()
  expect((await readSession(id))!.body.totalInstructionalDays).toBe(3)
  await dialog.getByRole('button', { name: 'Choose all mine' }).click()
  await dialog.getByRole('button', { name: 'Save with these choices' }).click()
  await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
  expect((await readSession(id))!.body.totalInstructionalDays).toBe(9)

  await page.getByRole('button', { name: 'Delete' }).click()
  await page
    .getByRole('alertdialog', { name: `Delete “${name}”?` })
    .getByRole('button', { name: 'Delete session' })
    .click()
  await expect.poll(async () => readSession(id)).toBeUndefined()
})

test('export of a filtered set: the file equals the API’s data', async ({ page }) => {
  const expectedBodies = await apiBodies(`schoolId=${SCHOOL}&schoolYear=2022`)
  await page.goto(`/sessions?schoolId=${SCHOOL}&schoolYear=2022`)
  await page.getByRole('button', { name: /Export/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Export sessions' })
  await dialog.getByRole('radio', { name: /^One record per line/ }).check()
  await expect(dialog.getByRole('radio', { name: /^The snapshot/ })).toHaveCount(expected.snapshot ? 1 : 0)
  await dialog.getByRole('radio', { name: 'Live data' }).check()
  if (!expected.cursors) await expect(dialog.getByText(/numbered pages are read one after another/)).toBeVisible()
  const download = dialog.getByRole('radio', { name: /^A download when the export is complete/ })
  if (await download.count()) await download.check()
  await dialog.getByRole('button', { name: 'Start export' }).click()
  const link = dialog.getByRole('link', { name: /^Download sessions-/ })
  await expect(link).toBeVisible()
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()])
  const { readFile } = await import('node:fs/promises')
  const lines = (await readFile(await file.path(), 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown)
  expect(lines).toEqual(expectedBodies)
})

test('change history, or a plain sentence where the server shares none', async ({ page }) => {
  // The window is named in change versions with "Show Ed-Fi details" on.
  await page.addInitScript(() => window.localStorage.setItem('edfi-steward.show-ed-fi-details.v1', 'on'))
  await page.goto('/changes')
  await expect(page.getByRole('heading', { name: 'Change history', level: 1 })).toBeVisible()
  if (expected.changeQueries) {
    await expect(page.getByText(/^Window: change versions \d+ to \d+/)).toBeVisible()
  } else {
    await expect(page.getByText(/This server does not share its change history/)).toBeVisible()
  }
})
