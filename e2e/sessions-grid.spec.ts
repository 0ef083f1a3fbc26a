import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

// Browsing sessions in the real app against the real embedded API: paging in both modes, filters
// in the URL, chips, Back/Forward, the empty state, the detail view by keyboard, snapshot mode and
// axe. This spec only reads; expected counts and rows come from the API inside each test, so other
// specs' writes cannot break it.

const grid = (page: Page) => page.getByRole('table', { name: /Sessions/ })
const rowNames = (page: Page) => grid(page).getByRole('rowheader').allTextContents()
/** Names repeat across schools ("Summer Semester"); the links' ids do not. */
const rowIds = (page: Page) =>
  grid(page)
    .getByRole('rowheader')
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))

test('offset paging: totals, Next, page size, all in the URL', async ({ page, demo }) => {
  const total = await demo.total('data/v3/ed-fi/sessions')
  await page.goto('/sessions?allYears=true')
  await expect(page.getByText(`1–25 of ${total}`)).toBeVisible()
  const first = await rowNames(page)
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText(`26–50 of ${total}`)).toBeVisible()
  await expect(page).toHaveURL(/offset=25/)
  expect(await rowNames(page)).not.toEqual(first)

  await page.getByLabel('Rows per page').selectOption('50')
  await expect(page).toHaveURL(/pageSize=50/)
  await expect(page.getByText(`1–50 of ${total}`)).toBeVisible()
  await expect(grid(page).getByRole('rowheader')).toHaveCount(50)

  await page.getByRole('button', { name: 'Last' }).click()
  const lastOffset = Math.floor((total - 1) / 50) * 50
  await expect(page.getByText(`${lastOffset + 1}–${total} of ${total}`)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled()
})

test('cursor paging: Next-Page-Token history in the URL, "more available" instead of a total, Back and Forward', async ({ page }) => {
  await page.goto('/sessions?allYears=true')
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
  await page.getByLabel('Paging').selectOption('cursor')
  await expect(page).toHaveURL(/mode=cursor/)
  await expect(page.getByText('Page 1 · 1–25 · more available')).toBeVisible()
  const pageOne = await rowIds(page)

  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText('Page 2 · 26–50 · more available')).toBeVisible()
  await expect(page).toHaveURL(/tokens=/)
  const pageTwo = await rowIds(page)
  expect(pageTwo.filter((name) => pageOne.includes(name))).toEqual([])
  await expect(page.getByText(/ of \d+$/)).toHaveCount(0)

  await page.goBack()
  await expect(page.getByText('Page 1 · 1–25 · more available')).toBeVisible()
  expect(await rowIds(page)).toEqual(pageOne)
  await page.goForward()
  await expect(page.getByText('Page 2 · 26–50 · more available')).toBeVisible()
  expect(await rowIds(page)).toEqual(pageTwo)

  // A shared cursor link opens on the same page.
  const shared = await page.context().newPage()
  await shared.goto(page.url())
  await expect(shared.getByText('Page 2 · 26–50 · more available')).toBeVisible()
  expect(await rowIds(shared)).toEqual(pageTwo)
})

/** The filter form folds into a one-line bar: open it (the button says whether it is open). */
async function openFilters(page: Page) {
  const toggle = page.getByRole('button', { name: /^(Filters|Hide filters)/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

test('filter by school and year, share the URL, remove chips, Back and Forward', async ({ page, demo }) => {
  const expected = await demo.total('data/v3/ed-fi/sessions?schoolId=255901044&schoolYear=2023')
  expect(expected).toBeGreaterThan(0)
  await page.goto('/sessions?allYears=true')
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)

  const filters = page.getByRole('search', { name: 'Filter sessions' })
  await openFilters(page)
  await filters.getByLabel('School', { exact: true }).selectOption({ label: 'Grand Bend Middle School (255901044)' })
  await filters.getByLabel('School year').selectOption('2023')
  await filters.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/schoolId=255901044/)
  await expect(page).toHaveURL(/schoolYear=2023/)
  await expect(page.getByText(`1–${expected} of ${expected}`)).toBeVisible()
  const filtered = await rowNames(page)
  expect(filtered).toHaveLength(expected)

  // The same URL in another page shows the same rows.
  const shared = await page.context().newPage()
  await shared.goto(page.url())
  await expect(shared.getByText(`1–${expected} of ${expected}`)).toBeVisible()
  expect(await rowNames(shared)).toEqual(filtered)
  await openFilters(shared)
  await expect(shared.getByLabel('School', { exact: true })).toHaveValue('255901044')
  await shared.close()

  // Chips: remove the year; the school stays.
  const chips = page.getByRole('list', { name: 'Applied filters' })
  await expect(chips.getByRole('listitem')).toHaveText([
    /School:\s*Grand Bend Middle School \(255901044\)/,
    /School year:\s*2023 \(2022-2023\)/,
  ])
  await chips.getByRole('button', { name: /Remove filter School year/ }).click()
  await expect(page).not.toHaveURL(/schoolYear/)
  const schoolOnly = await demo.total('data/v3/ed-fi/sessions?schoolId=255901044')
  await expect(page.getByText(`1–25 of ${schoolOnly}`)).toBeVisible()
  await openFilters(page)
  await expect(filters.getByLabel('School year')).toHaveValue('')

  // Back restores the year filter (form, chips and rows); Forward removes it again.
  await page.goBack()
  await expect(page.getByText(`1–${expected} of ${expected}`)).toBeVisible()
  await expect(filters.getByLabel('School year')).toHaveValue('2023')
  expect(await rowNames(page)).toEqual(filtered)
  await page.goForward()
  await expect(page.getByText(`1–25 of ${schoolOnly}`)).toBeVisible()
})

test('nothing matches: the empty state offers to clear the filters', async ({ page }) => {
  await page.goto('/sessions?sessionName=No%20such%20session%20anywhere')
  await expect(page.getByText('No sessions match these filters.')).toBeVisible()
  await expect(grid(page)).toHaveCount(0)
  await page.getByRole('status').filter({ hasText: 'No sessions match' }).getByRole('button', { name: 'Clear all filters' }).click()
  // Clearing every filter is a choice of all school years, kept in the URL.
  await expect(page).toHaveURL(/\/sessions\?allYears=true$/)
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
})

test('a URL full of junk opens the default view: the current school year', async ({ page, demo }) => {
  const total = await demo.total('data/v3/ed-fi/sessions?schoolYear=2027')
  await page.goto('/sessions?schoolId=abc&pageSize=7&offset=-5&mode=sideways&beginDate=2021-02-30&tokens=%5B%22%25%25%22%5D')
  await expect(page.getByText(`1–${total} of ${total}`)).toBeVisible()
  await expect(page).toHaveURL(/schoolYear=2027/)
  await expect(page.getByRole('list', { name: 'Applied filters' }).getByRole('listitem')).toHaveText([/School year:\s*2027/])
})

test('the detail view opens from the grid by keyboard: Tab to the row link, Enter', async ({ page, seriousViolations }) => {
  await page.goto('/sessions?schoolId=255901001&schoolYear=2022')
  const link = grid(page).getByRole('link', { name: '2021-2022 Fall Semester', exact: true })
  await expect(link).toBeVisible()
  for (let i = 0; i < 80 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(link).toBeFocused()
  // The term reads as a label; its URI is for "Show Ed-Fi details".
  await expect(
    grid(page)
      .getByRole('row', { name: /2021-2022 Fall Semester/ })
      .getByText('uri://ed-fi.org/TermDescriptor#Fall Semester'),
  ).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f]{32}$/)
  await expect(page.getByRole('heading', { level: 1, name: '2021-2022 Fall Semester' })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Grading periods/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /Academic weeks/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'History', exact: true })).toBeVisible()
  expect(await seriousViolations()).toEqual([])
  // The way back lands on the filtered list the steward came from.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Sessions' }).click()
  await expect(page).toHaveURL(/schoolId=255901001/)
  await expect(page).toHaveURL(/schoolYear=2022/)
  await expect(grid(page).getByRole('rowheader')).toHaveCount(3)
})

test('shortcuts: "/" goes to the filters, "n" opens New session', async ({ page }) => {
  await page.goto('/sessions?allYears=true')
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
  await page.keyboard.press('/')
  await expect(page.getByLabel('School', { exact: true })).toBeFocused()
  await page.getByLabel('School', { exact: true }).blur()
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('School', { exact: true })).toBeFocused()
  // While the dialog is open, keys are typing, not shortcuts.
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('snapshot mode: read-only banner, rows from the snapshot, New session off with the reason', async ({ page }) => {
  await page.goto('/sessions?allYears=true')
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
  await page.getByRole('switch', { name: 'Snapshot mode' }).check()
  await expect(page.getByText('Snapshot mode: read-only.')).toBeVisible()
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
  const create = page.getByRole('button', { name: 'New session' })
  await expect(create).toBeDisabled()
  await expect(page.getByText('Snapshot mode is read-only: turn it off to add sessions.')).toBeVisible()
  await page.keyboard.press('n')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await grid(page).getByRole('rowheader').first().getByRole('link').click()
  await expect(page.getByRole('button', { name: 'Edit' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await expect(page.getByText('Snapshot mode is read-only: turn it off to edit or delete.')).toBeVisible()
})

test('columns and density are kept in this browser', async ({ page }) => {
  await page.goto('/sessions?allYears=true')
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
  await page.getByRole('button', { name: 'Columns' }).click()
  await page.getByRole('checkbox', { name: 'Last modified' }).uncheck()
  await page.keyboard.press('Escape')
  await expect(grid(page).getByRole('columnheader', { name: 'Last modified' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Compact rows' }).click()
  await page.reload()
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
  await expect(grid(page).getByRole('columnheader', { name: 'Last modified' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Columns (1 hidden)' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Compact rows' })).toHaveAttribute('aria-pressed', 'true')
})

test('grid, filter form, column menu and timeline have no serious or critical accessibility violations', async ({
  page,
  seriousViolations,
}) => {
  test.slow() // three full-page axe scans of 25 rows and their timeline take ~30 s on a loaded 2-core machine
  await page.goto('/sessions?schoolId=255901001')
  await expect(grid(page).getByRole('rowheader')).toHaveCount(25)
  expect(await seriousViolations()).toEqual([])
  await page.getByRole('button', { name: 'Columns' }).click()
  await expect(page.getByRole('checkbox', { name: 'Term' })).toBeVisible()
  expect(await seriousViolations()).toEqual([])
  await page.keyboard.press('Escape')
  await page.getByText('Timeline of this page (25 sessions)').click()
  await expect(page.locator('.timeline-row')).toHaveCount(25)
  expect(await seriousViolations()).toEqual([])
})
