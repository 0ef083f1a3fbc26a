import { expect, test } from './fixtures.ts'

// The shell: the app opens on the current school year of the embedded API. Totals come from the API in
// the test, so other specs' writes cannot break the expectations.

test('the app opens on the current school year; every session of the embedded Ed-Fi API is a choice away', async ({ signedIn, demo }) => {
  const total = await demo.total('data/v3/ed-fi/sessions')
  expect(total).toBeGreaterThan(25)
  const page = await signedIn('/')
  await expect(page.getByRole('heading', { name: 'School year 2026-2027', level: 1 })).toBeVisible()
  await page.goto('/sessions?allYears=true')
  await expect(page.getByRole('heading', { name: 'Sessions', level: 1 })).toBeVisible()
  const table = page.getByRole('table', { name: /Sessions/ })
  await expect(table.getByRole('rowheader')).toHaveCount(25)
  await expect(page.getByText(`1–25 of ${total}`)).toBeVisible()
  // School names come from the schools resource, beside the ids.
  await expect(table.getByText('Grand Bend High School').first()).toBeVisible()

  // Ed-Fi's own sample session is seeded (school year 2021-2022).
  await page.goto('/sessions?schoolYear=2022&schoolId=255901001')
  await expect(page.getByRole('rowheader', { name: '2021-2022 Fall Semester' })).toBeVisible()
})

test('Next and Previous page through sessions, with the page in the URL', async ({ page }) => {
  await page.goto('/sessions?allYears=true')
  await expect(page.getByText(/^1–25 of/)).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText(/^26–50 of/)).toBeVisible()
  await expect(page).toHaveURL(/offset=25/)
  await page.goBack()
  await expect(page.getByText(/^1–25 of/)).toBeVisible()
})

test('the sessions page has no serious or critical accessibility violations', async ({ page, seriousViolations }) => {
  await page.goto('/sessions')
  await expect(
    page
      .getByRole('table', { name: /Sessions/ })
      .getByRole('rowheader')
      .first(),
  ).toBeVisible()
  expect(await seriousViolations()).toEqual([])
})

test('a link followed with the keyboard leaves focus at the start of the new page, not at the top of the document', async ({ page }) => {
  await page.goto('/bulk')
  await expect(page.getByRole('heading', { name: 'Bulk changes' })).toBeVisible()
  // Opening the app is not a page change: the page stays at its top, the header in view.
  await expect(page.locator('#main')).not.toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  const link = page.getByRole('link', { name: 'Set up next school year…' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: /Set up next school year/ })).toBeVisible()
  await expect(page.locator('#main')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Copy from school year')).toBeFocused()
})
