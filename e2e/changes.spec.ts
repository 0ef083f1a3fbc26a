import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { baseURL, clientFor, COLLEAGUE, DEMO, SESSIONS, type ApiClient as Client } from './support/edfi-clients.ts'

// The change feed and per-session history against the real embedded API. A second API client
// (the LEA-wide "255901") makes changes over HTTP, as a colleague's tool would: create, update,
// key change, delete, delete-and-re-create, all in school year 2026. Expected versions and counts
// come from the API itself (availableChangeVersions captured around each write), so other specs'
// writes elsewhere cannot break them.

test.describe.configure({ mode: 'serial' })

const run = Date.now() % 1_000_000
const body = (sessionName: string, days = 5) => ({
  sessionName,
  schoolReference: { schoolId: 255901001 },
  schoolYearTypeReference: { schoolYear: 2026 },
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#MiniTerm',
  beginDate: '2026-01-05',
  endDate: '2026-01-09',
  totalInstructionalDays: days,
})

async function newest(client: Client): Promise<number> {
  const res = await client.http.get('/api/changeQueries/v1/availableChangeVersions', { headers: client.auth })
  return ((await res.json()) as { newestChangeVersion: number }).newestChangeVersion
}

async function create(client: Client, sessionName: string): Promise<string> {
  const res = await client.http.post(SESSIONS, { headers: client.auth, data: body(sessionName) })
  expect(res.status(), await res.text()).toBe(201)
  return res.headers()['location']!.split('/').pop()!
}

async function etagOf(client: Client, id: string): Promise<string> {
  const res = await client.http.get(`${SESSIONS}/${id}`, { headers: client.auth })
  return res.headers()['etag']!
}

async function put(client: Client, id: string, data: ReturnType<typeof body>): Promise<void> {
  const res = await client.http.put(`${SESSIONS}/${id}`, { headers: { ...client.auth, 'if-match': await etagOf(client, id) }, data })
  expect(res.status(), await res.text()).toBe(204)
}

async function remove(client: Client, id: string): Promise<void> {
  const res = await client.http.delete(`${SESSIONS}/${id}`, { headers: { ...client.auth, 'if-match': await etagOf(client, id) } })
  expect(res.status()).toBe(204)
}

/** Sessions changed + deletes + key changes in [min, max], as the demo client (the app's) sees them. */
async function changeCount(client: Client, min: number, max: number): Promise<number> {
  const window = `minChangeVersion=${min}&maxChangeVersion=${max}&limit=0&totalCount=true`
  const totals = await Promise.all(
    [`${SESSIONS}?${window}`, `${SESSIONS}/deletes?${window}`, `${SESSIONS}/keyChanges?${window}`].map(async (url) => {
      const res = await client.http.get(url, { headers: client.auth })
      return Number(res.headers()['total-count'])
    }),
  )
  return totals.reduce((a, b) => a + b, 0)
}

interface Scenario {
  before: number
  after: number
  names: { updated: string; keyOld: string; keyNew: string; deleted: string; recreated: string }
  ids: { updated: string; renamed: string; deleted: string; recreatedFirst: string; recreated: string }
  /** The change version of each write, read from availableChangeVersions right after it. */
  versions: { update: number; keyChange: number; renameRow: number; delete: number; recreate: number }
}

let scenario: Scenario
let demo: Client

test.beforeAll(async () => {
  const colleague = await clientFor(COLLEAGUE)
  demo = await clientFor(DEMO)
  const names = {
    updated: `Chg Updated ${run}`,
    keyOld: `Chg Key Old ${run}`,
    keyNew: `Chg Key New ${run}`,
    deleted: `Chg Deleted ${run}`,
    recreated: `Chg Recreated ${run}`,
  }
  const before = await newest(colleague)
  const updated = await create(colleague, names.updated)
  await put(colleague, updated, body(names.updated, 4))
  const update = await newest(colleague)
  const renamed = await create(colleague, names.keyOld)
  await put(colleague, renamed, body(names.keyNew))
  // A key change takes two versions: the row's update, then the tracked key change.
  const keyChange = await newest(colleague)
  const deleted = await create(colleague, names.deleted)
  await remove(colleague, deleted)
  const deleteVersion = await newest(colleague)
  const recreatedFirst = await create(colleague, names.recreated)
  await remove(colleague, recreatedFirst)
  const recreated = await create(colleague, names.recreated)
  const after = await newest(colleague)
  scenario = {
    before,
    after,
    names,
    ids: { updated, renamed, deleted, recreatedFirst, recreated },
    versions: { update, keyChange, renameRow: keyChange - 1, delete: deleteVersion, recreate: after },
  }
})

// These specs read change versions, which the screens show with "Show Ed-Fi details" on.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('edfi-steward.show-ed-fi-details.v1', 'on'))
})

/** The window settings fold into a bar above the list: open it to change them. */
async function openWindowSettings(page: Page) {
  const bar = page.locator('details.changes-controls-bar')
  if (!(await bar.evaluate((el) => (el as HTMLDetailsElement).open))) await bar.locator('summary').click()
}

function feedTable(page: Page) {
  return page.getByRole('table', { name: 'Changes to sessions, newest first' })
}

/** The data rows of the feed, as [version, what happened, session] texts. */
async function feedRows(page: Page): Promise<string[][]> {
  const rows = feedTable(page).getByRole('row')
  const count = await rows.count()
  const out: string[][] = []
  for (let i = 1; i < count; i++) {
    const cells = rows.nth(i).locator('th, td')
    out.push([(await cells.nth(0).innerText()).trim(), (await cells.nth(1).innerText()).trim(), (await cells.nth(2).innerText()).replace(/\s+/g, ' ').trim()])
  }
  return out
}

const windowUrl = (min: number, max: number, extra = '') => `/changes?minChangeVersion=${min}&maxChangeVersion=${max}${extra}`

test('the feed for an exact window merges creates/updates, the key change and the delete, newest first', async ({ page }) => {
  const { before, after, names, versions } = scenario
  await page.goto(windowUrl(before + 1, after))
  await expect(page.getByText(`Window: change versions ${before + 1} to ${after}, read live.`)).toBeVisible()
  await expect(feedTable(page).getByRole('row')).toHaveCount(1 + 5)
  // Every session is placed at its exact version (the window is small), and the rows run newest first.
  await expect(feedTable(page).getByRole('cell', { name: String(versions.update), exact: true })).toBeVisible()
  const rows = await feedRows(page)
  expect(rows.map(([version, kind]) => [Number(version), kind])).toEqual([
    [versions.recreate, 'Created or updated'],
    [versions.delete, 'Deleted'],
    [versions.keyChange, 'Key changed'],
    [versions.renameRow, 'Created or updated'],
    [versions.update, 'Created or updated'],
  ])
  expect(rows[0]![2]).toBe(names.recreated)
  expect(rows[1]![2]).toBe(names.deleted)
  expect(rows[4]![2]).toBe(names.updated)

  // The key change is shown as a diff: the old name struck out, the new one inserted.
  const keyRow = feedTable(page).getByRole('row').filter({ hasText: 'Key changed' })
  await expect(keyRow.getByRole('deletion')).toHaveText(`was ${names.keyOld}`)
  await expect(keyRow.getByRole('insertion')).toHaveText(`now ${names.keyNew}`)
  // Ed-Fi does not say who: the page says so once, in its header, instead of leaving blanks.
  await expect(page.getByText('Author not available from Ed-Fi', { exact: true })).toHaveCount(1)
  await expect(keyRow.getByText('Author not available from Ed-Fi')).toHaveCount(0)
  // The pagers carry each source's total.
  await expect(page.getByText('Sessions created or updated: 1–3 of 3')).toBeVisible()
  await expect(page.getByText('Deletes: 1–1 of 1')).toBeVisible()
  await expect(page.getByText('Key changes: 1–1 of 1')).toBeVisible()
})

test('the deletes list names the deleted session by its key, and hides a delete whose key was created again', async ({ page }) => {
  const { before, after, names, versions } = scenario
  await page.goto(windowUrl(before + 1, after))
  await openWindowSettings(page)
  await page.getByRole('checkbox', { name: 'Created or updated' }).uncheck()
  await page.getByRole('checkbox', { name: 'Key changed' }).uncheck()
  await expect(page).toHaveURL(/kinds=/)
  await expect(feedTable(page).getByRole('row')).toHaveCount(2)
  const rows = await feedRows(page)
  expect(rows).toEqual([[String(versions.delete), 'Deleted', names.deleted]])
  await expect(feedTable(page).getByText(names.recreated)).toHaveCount(0)

  // The kinds live in the URL: a reload keeps the filter.
  await page.reload()
  await expect(feedTable(page).getByRole('row')).toHaveCount(2)
  await openWindowSettings(page)
  await page.getByRole('checkbox', { name: 'Key changed' }).check()
  await expect(feedTable(page).getByRole('row')).toHaveCount(3)
  expect((await feedRows(page)).map((r) => r[1])).toEqual(['Deleted', 'Key changed'])
})

test('since my last visit: the count of changes after the stored version, its window, and mark as seen', async ({ page }) => {
  const { before } = scenario
  const now = await newest(demo)
  const expected = await changeCount(demo, before + 1, now)
  // This connection last marked changes as seen at the version before the colleague's writes
  // (set once: the reload below must find what "Mark as seen" stored).
  await page.addInitScript(
    ([key, version]) => {
      const storageKey = 'edfi-steward.last-seen-change-version.v1'
      if (!window.localStorage.getItem(storageKey)) window.localStorage.setItem(storageKey, JSON.stringify({ [key as string]: version }))
    },
    [`${baseURL}/api|${DEMO.key}`, before] as const,
  )
  await page.goto('/changes')
  const badge = page.getByRole('link', { name: `${expected} changes to sessions since your last visit` })
  await expect(badge).toBeVisible()
  // With something new, the feed opens on exactly that window.
  await expect(page.getByText(`Window: change versions ${before + 1} to ${now}, read live.`)).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`minChangeVersion=${before + 1}&maxChangeVersion=${now}`))
  await openWindowSettings(page)
  await expect(page.getByRole('radio', { name: /Since my last visit \(after change version/ })).toBeChecked()

  await page.getByRole('button', { name: 'Mark as seen' }).click()
  await expect(page.getByText(`No changes to sessions since your last visit (change version ${now}).`)).toBeVisible()
  await page.reload()
  await expect(page.getByText(`No changes to sessions since your last visit (change version ${now}).`)).toBeVisible()
})

test('the chart counts changes per change-version bucket; a bar is a button that narrows the window; no serious axe violations', async ({ page }) => {
  const { before, after, versions } = scenario
  await page.goto(windowUrl(before + 1, after))
  await expect(feedTable(page)).toBeVisible()
  const chart = page.getByRole('group', { name: /Session changes over time/ })
  const bars = chart.getByRole('button')
  await expect(bars.first()).toBeVisible()
  const total = after - before
  await expect(bars).toHaveCount(Math.min(12, total))

  // The figures are also a table.
  await page.getByText('Show the chart’s figures as a table').click()
  const figures = page.getByRole('table', { name: 'Session changes over time' })
  await expect(figures).toBeVisible()

  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([])

  // Keyboard: focus the bar holding the delete and press Enter; the window narrows to its versions.
  const deleteBar = bars.filter({ has: page.locator('[class="volume-delete"]') }).first()
  const label = (await deleteBar.getAttribute('aria-label'))!
  const [, lo, hi] = /Change versions (\d+)(?:–(\d+))?/.exec(label)!
  await deleteBar.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`minChangeVersion=${lo}&maxChangeVersion=${hi ?? lo}`))
  await expect(page.getByText(`Window: change versions ${lo} to ${hi ?? lo}, read live.`)).toBeVisible()
  const rows = await feedRows(page)
  expect(rows.some(([v, kind]) => Number(v) === versions.delete && kind === 'Deleted')).toBe(true)
  for (const [v] of rows) {
    expect(Number(v)).toBeGreaterThanOrEqual(Number(lo))
    expect(Number(v)).toBeLessThanOrEqual(Number(hi ?? lo))
  }
})

test('reading the whole window from the snapshot shows the data as it was when the snapshot was taken', async ({ page }) => {
  const { before, names, ids } = scenario
  const colleague = await clientFor(COLLEAGUE)
  const snap = await demo.http.post('/api/admin/snapshot', { headers: demo.auth })
  expect(snap.status()).toBe(200)
  const { newestChangeVersion: snapshotNewest } = (await snap.json()) as { newestChangeVersion: number }
  // After the snapshot, the colleague updates a session again: live data has it, the snapshot not.
  await put(colleague, ids.updated, body(names.updated, 3))
  const live = await newest(colleague)

  await page.goto(windowUrl(before + 1, live))
  const updatedRow = feedTable(page).getByRole('row').filter({ hasText: names.updated })
  await expect(updatedRow.getByRole('cell').first()).toHaveText(String(live))

  await openWindowSettings(page)
  await page.getByRole('checkbox', { name: 'Read the whole window from the snapshot' }).check()
  await expect(page).toHaveURL(/snapshot=true/)
  await expect(page.getByText(`Window: change versions ${before + 1} to ${live}, read from the snapshot.`)).toBeVisible()
  await expect(page.getByText(`The snapshot holds changes up to change version ${snapshotNewest}; later versions in this window are not in it.`)).toBeVisible()
  await expect(updatedRow.getByRole('cell').first()).toHaveText(String(scenario.versions.update))
})

test('a session’s history: its key change as a diff, change the key back from this browser, then the local journal shows the field diff', async ({ page }) => {
  const { names, ids, before, after } = scenario
  await page.goto(windowUrl(before + 1, after))
  await feedTable(page).getByRole('row').filter({ hasText: 'Key changed' }).getByRole('link', { name: /History/ }).click()
  await expect(page).toHaveURL(new RegExp(`/sessions/${ids.renamed}/history$`))
  await expect(page.getByRole('heading', { level: 1, name: `History of ${names.keyNew}` })).toBeVisible()
  const keyChange = page.getByRole('table', { name: /^Old and new key, change version/ })
  await expect(keyChange.getByRole('row', { name: /Session name/ })).toContainText(names.keyOld)
  await expect(keyChange.getByRole('row', { name: /Session name/ })).toContainText(names.keyNew)
  await expect(page.getByText('Changed by another client or not from this browser. Author not available from Ed-Fi.')).toBeVisible()
  await expect(page.getByText('No saves of this session from this browser.', { exact: false })).toBeVisible()

  await page.getByRole('button', { name: `Change the key back to “${names.keyOld}”…` }).click()
  await page.getByRole('button', { name: 'Change key back', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: `History of ${names.keyOld}` })).toBeVisible()

  const journal = page.getByRole('region', { name: 'Saved from this browser' })
  const diff = journal.getByRole('table', { name: /saved from this browser/ })
  await expect(diff.getByRole('row')).toHaveCount(2)
  const nameRow = diff.getByRole('row', { name: /Session name/ })
  await expect(nameRow.getByRole('deletion')).toHaveText(names.keyNew)
  await expect(nameRow.getByRole('insertion')).toHaveText(names.keyOld)
  await expect(page.getByText('This version was saved from this browser.')).toBeVisible()

  // The journal is kept in IndexedDB: it is still there after a reload.
  await page.reload()
  await expect(page.getByRole('region', { name: 'Saved from this browser' }).getByRole('table', { name: /saved from this browser/ })).toBeVisible()

  // In the feed, this browser's own save is named for what it was (the row's update comes just
  // before its tracked key change).
  const now = await newest(demo)
  await page.goto(windowUrl(now - 1, now))
  await expect(feedTable(page).getByRole('row')).toHaveCount(3)
  await expect.poll(async () => (await feedRows(page)).map(([v, kind, name]) => [Number(v), kind, name])).toEqual([
    [now, 'Key changed', `Session name was ${names.keyNew} → now ${names.keyOld} School Grand Bend High School School year 2026`],
    [now - 1, 'Updated (saved from this browser)', names.keyOld],
  ])
})

test('a deleted session’s history says it was deleted, and when Ed-Fi hides a delete because the key was created again', async ({ page }) => {
  const { names, ids, versions } = scenario
  await page.goto(`/sessions/${ids.deleted}/history`)
  await expect(page.getByText('This session does not exist now', { exact: false })).toBeVisible()
  await expect(page.getByText(`Deleted at change version ${versions.delete} (key: ${names.deleted}`, { exact: false })).toBeVisible()

  await page.goto(`/sessions/${ids.recreatedFirst}/history`)
  await expect(page.getByText('Ed-Fi lists no delete of this record: it hides the delete of a key that has been created again', { exact: false })).toBeVisible()

  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([])
})
