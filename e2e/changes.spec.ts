import type { Page } from '@playwright/test'
import { sessionBody } from '../test-support/builders.ts'
import { expect, test, type EdFiApi } from './fixtures.ts'
import { baseURL, DEMO } from './support/edfi-clients.ts'

// The change feed and per-session history against the real embedded API. A second API client
// (the LEA-wide "255901") makes changes over HTTP, as a colleague's tool would: create, update,
// key change, delete, delete-and-re-create, all in school year 2026. Expected versions and counts
// come from the API itself (availableChangeVersions captured around each write), so other specs'
// writes elsewhere cannot break them.

test.describe.configure({ mode: 'serial' })

const run = Date.now() % 1_000_000
const body = (sessionName: string) => sessionBody(sessionName, { schoolYear: 2026, beginDate: '2026-01-05', endDate: '2026-01-09' })

/** Sessions changed + deletes + key changes in [min, max], as `api`'s client sees them. */
async function changeCount(api: EdFiApi, min: number, max: number): Promise<number> {
  const window = `minChangeVersion=${min}&maxChangeVersion=${max}`
  const totals = await Promise.all(['', '/deletes', '/keyChanges'].map((list) => api.total(`data/v3/ed-fi/sessions${list}?${window}`)))
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

test.beforeAll(async ({ colleague }) => {
  const names = {
    updated: `Chg Updated ${run}`,
    keyOld: `Chg Key Old ${run}`,
    keyNew: `Chg Key New ${run}`,
    deleted: `Chg Deleted ${run}`,
    recreated: `Chg Recreated ${run}`,
  }
  const before = await colleague.newestChangeVersion()
  const updated = await colleague.create(body(names.updated))
  await colleague.update(updated, { totalInstructionalDays: 4 })
  const update = await colleague.newestChangeVersion()
  const renamed = await colleague.create(body(names.keyOld))
  await colleague.update(renamed, { sessionName: names.keyNew })
  // A key change takes two versions: the row's update, then the tracked key change.
  const keyChange = await colleague.newestChangeVersion()
  const deleted = await colleague.create(body(names.deleted))
  await colleague.remove(deleted)
  const deleteVersion = await colleague.newestChangeVersion()
  const recreatedFirst = await colleague.create(body(names.recreated))
  await colleague.remove(recreatedFirst)
  const recreated = await colleague.create(body(names.recreated))
  const after = await colleague.newestChangeVersion()
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

/** The data rows of the feed, as [version, what happened, session] texts, read in one go (the table may re-render meanwhile). */
async function feedRows(page: Page): Promise<string[][]> {
  const rows = await feedTable(page)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('th, td'))
          .slice(0, 3)
          .map((cell) => (cell as HTMLElement).innerText),
      ),
    )
  return rows.map(([version, kind, session]) => [version!.trim(), kind!.trim(), session!.replace(/\s+/g, ' ').trim()])
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

test('since my last visit: the count of changes after the stored version, its window, and mark as seen', async ({ page, demo }) => {
  const { before } = scenario
  const now = await demo.newestChangeVersion()
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

test('a first visit says that counting starts now, not that nothing changed', async ({ page }) => {
  await page.goto('/changes')
  await expect(page.getByText('First visit: changes are counted from now on.')).toBeVisible()
  await page.reload()
  await expect(page.getByText(/^No changes to sessions since your last visit/)).toBeVisible()
})

test('the chart counts changes per change-version bucket; a bar is a button that narrows the window; no serious axe violations', async ({
  page,
  seriousViolations,
}) => {
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

  expect(await seriousViolations()).toEqual([])

  // Keyboard: focus the bar holding the delete and press Enter; the window narrows to its versions.
  const deleteBar = bars.filter({ has: page.locator('[class="volume-delete"]') }).first()
  const label = (await deleteBar.getAttribute('aria-label'))!
  const [, lo, hi] = /Change versions (\d+)(?:–(\d+))?/.exec(label)!
  await deleteBar.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`minChangeVersion=${lo}&maxChangeVersion=${hi ?? lo}`))
  await expect(page.getByText(`Window: change versions ${lo} to ${hi ?? lo}, read live.`)).toBeVisible()
  await expect(async () => {
    const rows = await feedRows(page)
    expect(rows.some(([v, kind]) => Number(v) === versions.delete && kind === 'Deleted')).toBe(true)
    for (const [v] of rows) {
      expect(Number(v)).toBeGreaterThanOrEqual(Number(lo))
      expect(Number(v)).toBeLessThanOrEqual(Number(hi ?? lo))
    }
  }).toPass()
})

test('reading the whole window from the snapshot shows the data as it was when the snapshot was taken', async ({
  page,
  demo,
  colleague,
}) => {
  const { before, names, ids } = scenario
  const snap = await demo.http.post('/api/admin/snapshot', { headers: demo.auth })
  expect(snap.status()).toBe(200)
  const { newestChangeVersion: snapshotNewest } = (await snap.json()) as { newestChangeVersion: number }
  // After the snapshot, the colleague updates a session again: live data has it, the snapshot not.
  await colleague.update(ids.updated, { totalInstructionalDays: 3 })
  const live = await colleague.newestChangeVersion()

  await page.goto(windowUrl(before + 1, live))
  const updatedRow = feedTable(page).getByRole('row').filter({ hasText: names.updated })
  await expect(updatedRow.getByRole('cell').first()).toHaveText(String(live))

  await openWindowSettings(page)
  await page.getByRole('checkbox', { name: 'Read the whole window from the snapshot' }).check()
  await expect(page).toHaveURL(/snapshot=true/)
  await expect(page.getByText(`Window: change versions ${before + 1} to ${live}, read from the snapshot.`)).toBeVisible()
  await expect(
    page.getByText(`The snapshot holds changes up to change version ${snapshotNewest}; later versions in this window are not in it.`),
  ).toBeVisible()
  await expect(updatedRow.getByRole('cell').first()).toHaveText(String(scenario.versions.update))
})

test('a session’s history: its key change as a diff, change the key back here, then the local journal shows the field diff', async ({
  page,
  demo,
}) => {
  const { names, ids, before, after } = scenario
  await page.goto(windowUrl(before + 1, after))
  await feedTable(page)
    .getByRole('row')
    .filter({ hasText: 'Key changed' })
    .getByRole('link', { name: /History/ })
    .click()
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
  await expect(
    page.getByRole('region', { name: 'Saved from this browser' }).getByRole('table', { name: /saved from this browser/ }),
  ).toBeVisible()

  // In the feed, this browser's own save is named for what it was (the row's update comes just
  // before its tracked key change).
  const now = await demo.newestChangeVersion()
  await page.goto(windowUrl(now - 1, now))
  await expect(feedTable(page).getByRole('row')).toHaveCount(3)
  await expect
    .poll(async () => (await feedRows(page)).map(([v, kind, name]) => [Number(v), kind, name]))
    .toEqual([
      [now, 'Key changed', `Session name was ${names.keyNew} → now ${names.keyOld} School Grand Bend High School School year 2026`],
      [now - 1, 'Updated (saved from this browser)', names.keyOld],
    ])
})

test('a deleted session’s history says it was deleted, and when Ed-Fi hides a delete because the key was created again', async ({
  page,
  seriousViolations,
}) => {
  const { names, ids, versions } = scenario
  await page.goto(`/sessions/${ids.deleted}/history`)
  await expect(page.getByText('This session does not exist now', { exact: false })).toBeVisible()
  await expect(page.getByText(`Deleted at change version ${versions.delete} (key: ${names.deleted}`, { exact: false })).toBeVisible()

  await page.goto(`/sessions/${ids.recreatedFirst}/history`)
  await expect(
    page.getByText('Ed-Fi lists no delete of this record: it hides the delete of a key that has been created again', { exact: false }),
  ).toBeVisible()

  expect(await seriousViolations()).toEqual([])
})
