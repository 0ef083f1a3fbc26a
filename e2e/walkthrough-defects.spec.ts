import type { Page } from '@playwright/test'
import { sessionBody } from '../test-support/builders.ts'
import { expect, test, type EdFiApi } from './fixtures.ts'
import { baseURL, DEMO } from './support/edfi-clients.ts'

// The defects found in a steward's walk-through (issue 13), each as the steward would notice it,
// against the real embedded API. A colleague's tool (the LEA-wide client) writes over HTTP.

test.describe.configure({ mode: 'serial' })

const SCHOOL = 255901001
const YEAR = 2027
const run = Date.now() % 1_000_000
let serial = 0
const uniqueName = (label: string) => `E2E Walk ${label} ${run}-${++serial}`
const LAST_SEEN_KEY = 'edfi-steward.last-seen-change-version.v1'

let colleague: EdFiApi
let demo: EdFiApi
test.beforeAll(({ colleague: c, demo: d }) => {
  colleague = c
  demo = d
})

const body = (sessionName: string) =>
  sessionBody(sessionName, { schoolId: SCHOOL, schoolYear: YEAR, beginDate: '2027-01-04', endDate: '2027-01-08' })
const create = (sessionName: string) => colleague.create(body(sessionName))
const newest = () => demo.newestChangeVersion()

/** A snapshot taken now, then one more change: the snapshot is behind live data. */
async function snapshotThenChange(): Promise<{ snapshotNewest: number; liveNewest: number }> {
  const snap = await demo.http.post('/api/admin/snapshot', { headers: demo.auth })
  expect(snap.status()).toBe(200)
  const { newestChangeVersion: snapshotNewest } = (await snap.json()) as { newestChangeVersion: number }
  await create(uniqueName('After snapshot'))
  return { snapshotNewest, liveNewest: await newest() }
}

const readLastSeen = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), LAST_SEEN_KEY)

test('snapshot mode does not rewrite the "since your last visit" marker', async ({ page }) => {
  const { snapshotNewest, liveNewest } = await snapshotThenChange()
  expect(liveNewest).toBeGreaterThan(snapshotNewest)
  const marker = JSON.stringify({ [`${baseURL}/api|${DEMO.key}`]: liveNewest })
  await page.addInitScript(
    ([key, value]) => window.localStorage.getItem(key!) ?? window.localStorage.setItem(key!, value!),
    [LAST_SEEN_KEY, marker],
  )
  await page.goto('/sessions')
  await expect(page.getByText('No changes to sessions since your last visit', { exact: false })).toBeVisible()
  await page.getByLabel('Snapshot mode').check()
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /snapshot/i })
      .first(),
  ).toBeVisible()
  await expect(page.getByRole('table', { name: /Sessions/ })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(await readLastSeen(page)).toBe(marker)
  await page.getByLabel('Snapshot mode').uncheck()
  await page.goto('/changes')
  await expect(page.getByText('No changes to sessions since your last visit', { exact: false })).toBeVisible()
  expect(await readLastSeen(page)).toBe(marker)
})

test('after a delete the app does not read the deleted session again (no 404 request)', async ({ page }) => {
  const name = uniqueName('Deleted')
  const id = await create(name)
  const notFound: string[] = []
  page.on('response', (res) => void (res.status() === 404 && res.url().includes('/api/data/') && notFound.push(res.url())))
  const reads: string[] = []
  await page.goto(`/sessions/${id}`)
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await page.getByRole('button', { name: 'Delete' }).click()
  const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` })
  await expect(confirm.getByRole('button', { name: 'Delete session' })).toBeEnabled()
  page.on('request', (req) => void (req.method() === 'GET' && req.url().includes(id) && reads.push(req.url())))
  await confirm.getByRole('button', { name: 'Delete session' }).click()
  await expect(page.getByText('Session deleted')).toBeVisible()
  await expect(page).toHaveURL(/\/sessions(\?|$)/)
  await expect(page.getByRole('table', { name: /Sessions/ })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(reads).toEqual([])
  expect(notFound).toEqual([])
})

test('export: live data by default when the snapshot is behind, a download by default, and the snapshot’s age in words', async ({
  page,
}) => {
  await snapshotThenChange()
  await page.goto('/sessions')
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export sessions' })
  await expect(dialog.getByText('The snapshot is older than the latest changes', { exact: false })).toBeVisible()
  await expect(dialog.getByText(/Its newest change was made (just now|yesterday|.+ ago)/)).toBeVisible()
  await expect(dialog.getByRole('radio', { name: 'Live data' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /^The snapshot/ })).not.toBeChecked()
  const download = dialog.getByRole('radio', { name: /^A download when the export is complete/ })
  if (await download.count()) await expect(download).toBeChecked()
  else await expect(dialog.getByText('the export is offered as a download', { exact: false })).toBeVisible()
})

test('a reload with a saved profile whose secret was not kept asks for the secret instead of failing', async ({ page }) => {
  const profile = { id: 'walk-school', name: `High school ${run}`, apiRoot: `${baseURL}/api`, clientKey: '255901001' }
  await page.addInitScript(
    (stored) => window.localStorage.setItem('edfi-steward.connection-profiles.v1', stored),
    JSON.stringify({ activeId: profile.id, profiles: [profile] }),
  )
  const dataRequests: string[] = []
  page.on('request', (req) => void (req.url().includes('/api/data/') && dataRequests.push(req.url())))
  await page.goto('/sessions')
  await expect(page.getByRole('heading', { level: 1, name: `Enter the secret for “${profile.name}”` })).toBeVisible()
  await expect(page.getByLabel('Client secret')).toBeFocused()
  await expect(page.getByText(/could not be loaded/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'New session' })).toHaveCount(0)
  expect(dataRequests).toEqual([])

  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByText('Enter the secret to connect.')).toBeVisible()
  await page.getByLabel('Client secret').fill('255901001')
  await page.getByRole('button', { name: 'Connect' }).click()
  await expect(page.getByRole('table', { name: /Sessions/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'New session' })).toBeEnabled()
})

test('the change history shows a window with few requests (counted over the network)', async ({ page }) => {
  const before = await newest()
  for (let i = 0; i < 6; i++) await create(uniqueName(`History ${i}`))
  const after = await newest()
  const apiRequests: string[] = []
  page.on('request', (req) => void (/\/api\/(data|changeQueries)\//.test(req.url()) && apiRequests.push(req.url())))
  await page.goto(`/changes?minChangeVersion=${Math.max(1, after - 49)}&maxChangeVersion=${after}`)
  await expect(page.getByRole('table', { name: 'Changes to sessions, newest first' })).toBeVisible()
  await expect(
    page
      .getByRole('group', { name: /Session changes over time/ })
      .getByRole('button')
      .first(),
  ).toBeVisible()
  await expect(page.getByText('Placing sessions', { exact: false })).toHaveCount(0)
  await page.waitForLoadState('networkidle')
  console.log(`change history requests for a 50-version window: ${apiRequests.length}`)
  if (process.env.SHOW_REQUESTS) console.log(apiRequests.map((u) => decodeURIComponent(u.replace(baseURL, ''))).join('\n'))
  expect(after - before).toBe(6)
  // 19 for the history itself, plus the connection's one-time capability probes (partitions,
  // availableChangeVersions, Use-Snapshot, keyChanges) made on this first page of the tab.
  expect(apiRequests.length).toBeLessThanOrEqual(20 + 4)
})

async function offerCourse(sessionName: string, code: string, title: string): Promise<void> {
  const res = await colleague.http.post('/api/data/v3/ed-fi/courseOfferings', {
    headers: colleague.auth,
    data: {
      localCourseCode: code,
      courseReference: { courseCode: 'ALG-1', educationOrganizationId: 255901 },
      schoolReference: { schoolId: SCHOOL },
      sessionReference: { schoolId: SCHOOL, schoolYear: YEAR, sessionName },
      localCourseTitle: title,
    },
  })
  expect(res.status(), await res.text()).toBe(201)
}

test('a refused delete lists the course offerings that use the session; a key change says how many records follow it', async ({ page }) => {
  const name = uniqueName('Offered')
  const id = await create(name)
  await offerCourse(name, `W-${run}-A`, `Algebra I ${run}`)
  await offerCourse(name, `W-${run}-B`, `Geometry ${run}`)
  await page.goto(`/sessions/${id}`)
  await page.getByRole('button', { name: 'Delete' }).click()
  const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` })
  await confirm.getByRole('button', { name: 'Delete session' }).click()
  await expect(confirm.getByText('2 course offerings use this session:')).toBeVisible()
  await expect(confirm.getByRole('listitem').filter({ hasText: `Algebra I ${run}` })).toContainText(`W-${run}-A`)
  await expect(confirm.getByRole('listitem').filter({ hasText: `Geometry ${run}` })).toBeVisible()
  await confirm.getByRole('button', { name: 'Keep it' }).click()

  await page.getByRole('button', { name: 'Edit' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit session' })
  await dialog.getByLabel('Session name').fill(`${name} renamed`)
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByText('2 course offerings refer to this session and will be updated too')).toBeVisible()
})

test('snapshot mode keeps the sessions toolbar on the right', async ({ page }) => {
  await demo.http.post('/api/admin/snapshot', { headers: demo.auth })
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('/sessions')
  const newSession = page.getByRole('button', { name: 'New session' })
  await expect(newSession).toBeEnabled()
  const heading = page.getByRole('heading', { level: 1, name: 'Sessions' })
  const live = (await newSession.boundingBox())!
  const liveHeading = (await heading.boundingBox())!
  await page.getByLabel('Snapshot mode').check()
  await expect(newSession).toBeDisabled()
  const inSnapshot = (await newSession.boundingBox())!
  const snapshotHeading = (await heading.boundingBox())!
  // Same right edge, and still level with the heading (the snapshot banner moves both down alike).
  expect(Math.abs(inSnapshot.x + inSnapshot.width - (live.x + live.width))).toBeLessThanOrEqual(2)
  expect(Math.abs(inSnapshot.y - snapshotHeading.y - (live.y - liveHeading.y))).toBeLessThanOrEqual(2)
  await page.getByLabel('Snapshot mode').uncheck()
})
