import type { Page } from '@playwright/test'
import { sessionBody } from '../test-support/builders.ts'
import { expect, test, type EdFiApi } from './fixtures.ts'

// Every screen and dialog, as a steward sees it (Ed-Fi details off): no technical word in the
// visible text; on a phone (390 x 844) no horizontal page scroll; axe finds nothing serious.

const run = Date.now() % 1_000_000
const TECHNICAL_WORDS = [
  /\bETag\b/i,
  /If-Match/i,
  /change version/i,
  /Use-Snapshot/i,
  /JSON path/i,
  /\$\.[a-z]/,
  /descriptor URI/i,
  /uri:\/\//,
  /discovery document/i,
  /localStorage/i,
  /byte order mark/i,
  /\bBOM\b/,
  /JSON Lines/i,
  /Correlation ID/i,
  /\b(PUT|POST)\b/,
  /_lastModifiedDate|_etag\b/,
]

let colleague: EdFiApi
let sessionId: string
test.beforeAll(async ({ colleague: api }) => {
  colleague = api
  sessionId = await colleague.create(
    sessionBody(`E2E Plain ${run}`, { schoolId: 255901001, schoolYear: 2027, beginDate: '2027-01-04', endDate: '2027-01-08' }),
  )
})

interface Screen {
  name: string
  open: (page: Page) => Promise<void>
}

const dialog = (page: Page) => page.getByRole('dialog').or(page.getByRole('alertdialog'))

const SCREENS: Screen[] = [
  { name: 'school year overview', open: (page) => gotoAndWait(page, '/', page.getByRole('heading', { level: 1, name: /^School year / })) },
  { name: 'data quality', open: (page) => gotoAndWait(page, '/quality', page.getByRole('heading', { level: 1, name: 'Data quality' })) },
  { name: 'sessions', open: (page) => gotoAndWait(page, '/sessions', page.getByRole('table', { name: /Sessions/ })) },
  {
    name: 'sessions with filters open and the timeline',
    open: async (page) => {
      await gotoAndWait(page, '/sessions?schoolYear=2027', page.getByRole('table', { name: /Sessions/ }))
      await page.keyboard.press('/')
      await page.getByText('Timeline of this page').click()
    },
  },
  {
    name: 'session detail',
    open: (page) => gotoAndWait(page, `/sessions/${sessionId}`, page.getByRole('heading', { level: 1, name: `E2E Plain ${run}` })),
  },
  {
    name: 'session history',
    open: (page) => gotoAndWait(page, `/sessions/${sessionId}/history`, page.getByRole('heading', { name: 'Key changes' })),
  },
  {
    name: 'change history',
    open: (page) => gotoAndWait(page, '/changes', page.getByRole('heading', { level: 1, name: 'Change history' })),
  },
  {
    name: 'change history with its window settings open',
    open: async (page) => {
      await gotoAndWait(page, '/changes', page.getByRole('heading', { level: 1, name: 'Change history' }))
      await page.getByText('Window and filters').click()
      await expect(page.getByRole('button', { name: 'Show changes' })).toBeVisible()
    },
  },
  { name: 'connection', open: (page) => gotoAndWait(page, '/connection', page.getByRole('heading', { level: 1 })) },
  { name: 'bulk changes', open: (page) => gotoAndWait(page, '/bulk', page.getByRole('heading', { level: 1, name: 'Bulk changes' })) },
  { name: 'import', open: (page) => gotoAndWait(page, '/bulk/import', page.getByRole('heading', { level: 1 })) },
  {
    name: 'next school year',
    open: (page) => gotoAndWait(page, '/bulk/next-year', page.getByRole('heading', { level: 1, name: 'Set up next school year' })),
  },
  {
    // A batch's plan: nothing is written until Apply, so the walk leaves the data as it was.
    name: 'next school year dry run',
    open: async (page) => {
      await gotoAndWait(page, '/bulk/next-year', page.getByRole('button', { name: 'Prepare the dry run' }))
      await page.getByRole('button', { name: 'Prepare the dry run' }).click()
      await expect(page.getByText('Dry run: nothing has been written yet. Read the plan, then apply it.')).toBeVisible()
      await page.waitForLoadState('networkidle')
    },
  },
  {
    name: 'new session dialog',
    open: async (page) => {
      await gotoAndWait(page, '/sessions', page.getByRole('table', { name: /Sessions/ }))
      await page.getByRole('button', { name: 'New session' }).click()
      await expect(dialog(page).getByLabel('Session name')).toBeVisible()
    },
  },
  {
    name: 'edit dialog',
    open: async (page) => {
      await gotoAndWait(page, `/sessions/${sessionId}`, page.getByRole('button', { name: 'Edit' }))
      await page.getByRole('button', { name: 'Edit' }).click()
      await expect(dialog(page).getByLabel('Session name')).not.toHaveValue('')
    },
  },
  {
    name: 'delete dialog',
    open: async (page) => {
      await gotoAndWait(page, `/sessions/${sessionId}`, page.getByRole('button', { name: 'Delete' }))
      await page.getByRole('button', { name: 'Delete' }).click()
      await expect(dialog(page).getByRole('button', { name: 'Delete session' })).toBeEnabled()
    },
  },
  {
    name: 'export dialog',
    open: async (page) => {
      await gotoAndWait(page, '/sessions', page.getByRole('table', { name: /Sessions/ }))
      await page.getByRole('button', { name: 'Export…' }).click()
      await expect(dialog(page).getByRole('button', { name: 'Start export' })).toBeEnabled()
    },
  },
  {
    name: 'snapshot mode',
    open: async (page) => {
      await colleague.http.post('/api/admin/snapshot', { headers: colleague.auth })
      await page.addInitScript(() => window.sessionStorage.setItem('edfi-steward.snapshot-mode', 'on'))
      await gotoAndWait(page, '/sessions', page.getByRole('table', { name: /Sessions/ }))
      await expect(page.getByText('Snapshot mode: read-only.')).toBeVisible()
    },
  },
]

async function gotoAndWait(page: Page, url: string, ready: ReturnType<Page['getByRole']>) {
  await page.goto(url)
  await expect(ready).toBeVisible()
  await page.waitForLoadState('networkidle')
}

for (const screen of SCREENS) {
  test(`plain words: ${screen.name}`, async ({ page }) => {
    await screen.open(page)
    const text = await page.evaluate(() => document.body.innerText)
    const found = TECHNICAL_WORDS.filter((word) => word.test(text)).map(String)
    expect(found, text).toEqual([])
  })

  test(`phone 390x844: ${screen.name} has no horizontal scroll and no serious axe violation`, async ({ page, seriousViolations }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await screen.open(page)
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }))
    expect(scrollWidth, `page is ${scrollWidth}px wide`).toBeLessThanOrEqual(innerWidth)
    expect(await seriousViolations()).toEqual([])
  })
}

test('with Ed-Fi details on, the technical names appear', async ({ page }) => {
  await page.goto(`/sessions/${sessionId}`)
  await expect(page.locator('dt', { hasText: 'ETag' })).toHaveCount(0)
  await page.getByRole('switch', { name: 'Show Ed-Fi details' }).check()
  await expect(page.locator('dt', { hasText: 'ETag' })).toBeVisible()
  await expect(page.getByText('uri://ed-fi.org/TermDescriptor#MiniTerm')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Show Ed-Fi details' })).toBeChecked()
  await page.getByRole('switch', { name: 'Show Ed-Fi details' }).uncheck()
  await expect(page.locator('dt', { hasText: 'ETag' })).toHaveCount(0)
})

test('phone: the header folds into a menu that opens with focus inside and closes on Escape', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/sessions')
  const menuButton = page.getByRole('button', { name: 'Menu' })
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('link', { name: 'Change history' })).toBeHidden()
  await menuButton.click()
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('link', { name: 'School year', exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
  await expect(menuButton).toBeFocused()
  await menuButton.click()
  await page.getByRole('link', { name: 'Change history' }).click()
  await expect(page).toHaveURL(/\/changes/)
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false')
})

test('laptop 1366x768: the filters fold into one line and at least 10 of 25 rows show without scrolling; "/" opens them', async ({
  page,
  seriousViolations,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto('/sessions?allYears=true')
  const rows = page.getByRole('table', { name: /Sessions/ }).getByRole('rowheader')
  await expect(rows).toHaveCount(25)
  const visible = await rows.evaluateAll(
    (cells) => cells.filter((cell) => cell.getBoundingClientRect().bottom <= window.innerHeight).length,
  )
  expect(visible).toBeGreaterThanOrEqual(10)
  const { scrollWidth, clientWidth } = await page
    .getByRole('region', { name: /Sessions, in the order/ })
    .evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }))
  expect(scrollWidth, 'the grid fits the laptop screen without scrolling sideways').toBeLessThanOrEqual(clientWidth)

  const toggle = page.getByRole('button', { name: 'Filters' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('/')
  await expect(page.getByRole('search', { name: 'Filter sessions' }).getByLabel('School', { exact: true })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('search', { name: 'Filter sessions' }).getByLabel('School year').selectOption('2027')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page.getByRole('list', { name: 'Applied filters' })).toContainText('School year')
  await expect(page.getByRole('button', { name: /^Filters/ })).toHaveAttribute('aria-expanded', 'false')
  expect(await seriousViolations()).toEqual([])
})
