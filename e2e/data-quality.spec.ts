import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { SESSIONS, type ApiClient } from './support/edfi-clients.ts'

// The findings page, the fix from a finding to a saved session, the grid's marks and the name
// search, in Chromium against the real embedded API. Writes only a session of its own (2027,
// Grand Bend High School, a name unique to this run) and deletes it afterwards.

const run = Date.now() % 1_000_000
const NAME = `2026-2027 E2E Winter Camp ${run}`
let colleague: ApiClient
let createdId: string | undefined

test.beforeAll(async ({ colleague: colleagueApi }) => {
  colleague = colleagueApi
})
test.afterAll(async () => {
  if (createdId) await colleague.http.delete(`${SESSIONS}/${createdId}`, { headers: colleague.auth })
})

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

const shortSpringFinding = (scope: Page | Locator) =>
  scope
    .getByRole('region', { name: /More instructional days than weekdays/ })
    .getByText('“2026-2027 Spring Semester” counts 90 instructional days, but there are only 80 weekdays between its dates.')

test('on a machine with cores to spare, a checking worker runs beside the reader and finds the same', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 8 }))
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.goto('/quality')
  await expect(shortSpringFinding(page)).toBeVisible()
  await expect(
    page.getByRole('region', { name: /Grading period outside the session/ }).getByText(/“2026-2027 Third Trimester”/),
  ).toBeVisible()
  expect(workers.filter((url) => /reader\.worker/.test(url))).toHaveLength(1)
  expect(workers.filter((url) => /checker\.worker/.test(url))).toHaveLength(1)
})

test('checks stopped midway cancel their requests: leaving the screen leaves nothing open', async ({ page, demo }) => {
  // The server holds the first page of sessions back; the steward leaves before it comes.
  await demo.injectFault({ kind: 'delay', ms: 8000, count: 1, method: 'GET', pathIncludes: 'pageToken=' })
  try {
    const held = page.waitForRequest((req) => req.url().includes('pageToken='))
    await page.goto('/quality')
    const request = await held
    const cancelled = page.waitForEvent('requestfailed', { predicate: (req) => req.url() === request.url(), timeout: 5000 })
    await page.getByRole('link', { name: 'Connection' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /Connection/ })).toBeVisible()
    expect((await cancelled).failure()?.errorText).toMatch(/ABORTED/)
    await page.waitForLoadState('networkidle', { timeout: 5000 })
  } finally {
    await demo.clearFaults()
  }
})

test('the findings page explains the seeded mistakes, grouped by severity and check', async ({ page }) => {
  await page.goto('/quality')
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality' })).toBeVisible()
  const errors = page.getByRole('region', { name: /Errors/ })
  await expect(shortSpringFinding(errors)).toBeVisible()
  await expect(
    errors
      .getByRole('region', { name: /Terms that overlap/ })
      .getByText(/“2026-2027 Fourth Quarter”.*“2026-2027 Summer Semester”.*share days/),
  ).toBeVisible()
  const warnings = page.getByRole('region', { name: /Warnings/ })
  await expect(
    warnings
      .getByRole('region', { name: /Grading period outside the session/ })
      .getByText(/“2026-2027 Third Trimester”.*“2026-2027 Second Trimester”/),
  ).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  // Narrowed to one school, and the findings as a spreadsheet.
  await page.getByRole('combobox', { name: 'School', exact: true }).selectOption({ label: 'Grand Bend Middle School' })
  await expect(page).toHaveURL(/schoolId=255901044/)
  await expect(page.getByText(/2026-2027 Third Trimester/)).toHaveCount(0)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download findings (CSV)' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('findings-2027.csv')
})

test('from a finding to a fixed session: the editor opens with the suggested days, and after Save the finding is gone', async ({
  page,
}) => {
  const res = await colleague.http.post(SESSIONS, {
    headers: colleague.auth,
    data: {
      sessionName: NAME,
      schoolReference: { schoolId: 255901001 },
      schoolYearTypeReference: { schoolYear: 2027 },
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#MiniTerm',
      beginDate: '2027-02-01',
      endDate: '2027-02-05',
      totalInstructionalDays: 9,
    },
  })
  expect(res.status()).toBe(201)
  createdId = res.headers().location!.split('/').pop()

  await page.goto('/quality?schoolId=255901001')
  const finding = page.getByRole('listitem').filter({ hasText: `“${NAME}” counts 9 instructional days, but there are only 5 weekdays` })
  await expect(finding).toBeVisible()
  // Click 1: the fix; the editor opens on the session with the weekdays in place of the days.
  await finding.getByRole('link', { name: `Fix in the editor ${NAME}` }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit session' })
  await expect(dialog.getByLabel('Instructional days')).toHaveValue('5')
  // Click 2: save.
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
  const stored = await colleague.http.get(`${SESSIONS}/${createdId}`, { headers: colleague.auth })
  expect(((await stored.json()) as { totalInstructionalDays: number }).totalInstructionalDays).toBe(5)
  // The session's own findings are checked again: the days one is gone (its unusual name is only a note).
  const own = page.getByRole('region', { name: 'Data quality' })
  await expect(own.getByText(/Name breaks the pattern/)).toBeVisible()
  await expect(own.getByText(/More instructional days than weekdays/)).toHaveCount(0)

  await page.goto('/quality?schoolId=255901001')
  await expect(page.getByRole('region', { name: /Errors/ })).toBeVisible()
  await expect(page.getByText(`“${NAME}” counts 9 instructional days`)).toHaveCount(0)
})

test('the grid marks rows with findings, in words, once the year is checked', async ({ page }) => {
  await page.goto('/sessions?schoolYear=2027&schoolId=255901001')
  await page.getByRole('button', { name: 'Mark rows with data-quality findings' }).click()
  await expect(page.getByText(/Rows marked .* have data-quality findings \(checks of 2026-2027\)/)).toBeVisible()
  const row = page.getByRole('row', { name: /2026-2027 Spring Semester/ })
  await expect(row.getByText(/Data-quality findings: .*More instructional days than weekdays/)).toBeAttached()
  await expect(page.getByRole('row', { name: /2026-2027 Fall Semester/ }).getByText(/Data-quality findings/)).toHaveCount(0)

  // Coming from the overview (which checks the year), the marks are there at once.
  await page.goto('/')
  await expect(page.getByRole('list', { name: 'District totals' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click()
  await expect(page.getByRole('row', { name: /2026-2027 Spring Semester/ }).getByText(/Data-quality findings/)).toBeAttached()
})

test('name search: part of a name over the whole filtered set, in the browser', async ({ page }) => {
  await page.goto('/sessions?schoolYear=2027')
  const search = page.getByRole('search', { name: 'Find by part of the name' })
  await expect(search.getByText(/Searches all \d+ sessions these filters match, in your browser/)).toBeAttached()
  await search.getByLabel('Name contains').fill('QUARTER')
  await search.getByRole('button', { name: 'Search' }).click()
  const answer = page.getByText(/^4 of \d+ session names contain “QUARTER”:$/)
  await expect(answer).toBeVisible()
  await expect(
    page.getByRole('status').filter({ hasText: 'contain “QUARTER”' }).getByRole('link', { name: '2026-2027 Third Quarter' }),
  ).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})
