import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

test('the app opens on the sessions of the embedded Ed-Fi API', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/sessions/)
  await expect(page.getByRole('heading', { name: 'Sessions', level: 1 })).toBeVisible()
  const table = page.getByRole('table', { name: /Sessions/ })
  await expect(table.getByRole('row')).toHaveCount(26) // header + 25 seeded sessions
  await expect(page.getByText('1–25 of 132')).toBeVisible() // Grand Bend's 132 sessions; Riverbend's are not this client's

  // Ed-Fi's own sample session is seeded: rows 51-75 hold school year 2021-2022 (11 sessions a year).
  await page.goto('/sessions?offset=50')
  await expect(page.getByRole('rowheader', { name: '2021-2022 Fall Semester' }).first()).toBeVisible()
})

test('Next and Previous page through sessions, with the page in the URL', async ({ page }) => {
  await page.goto('/sessions')
  await expect(page.getByText(/^1–25 of/)).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByText(/^26–50 of/)).toBeVisible()
  await expect(page).toHaveURL(/offset=25/)
  await page.goBack()
  await expect(page.getByText(/^1–25 of/)).toBeVisible()
})

test('the sessions page has no serious or critical accessibility violations', async ({ page }) => {
  await page.goto('/sessions')
  await expect(page.getByRole('table', { name: /Sessions/ })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})
