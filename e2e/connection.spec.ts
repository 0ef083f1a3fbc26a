import { expect, test } from './fixtures.ts'

test('the connection screen shows the embedded API it talks to', async ({ page }) => {
  await page.goto('/connection')
  await expect(page.getByRole('heading', { name: 'In use: Embedded demo API' })).toBeVisible()
  await expect(page.getByText('Connected. The server answered as an Ed-Fi API and accepted the key and secret.')).toBeVisible()
  await expect(page.getByText('7.3', { exact: true })).toBeVisible()
  await expect(page.getByText('Ed-Fi 5.2.0')).toBeVisible()
})

test('a profile with a wrong secret is refused in plain words, and its secret never reaches localStorage', async ({ page, baseURL }) => {
  await page.goto('/connection')
  await page.getByRole('button', { name: 'Add a connection' }).click()
  await page.getByLabel('Name').fill('District test')
  await page.getByLabel('API root URL').fill(`${baseURL}/api`)
  await page.getByLabel('Client key').fill('255901')
  await page.getByLabel('Client secret').fill('not-the-secret')
  await page.getByRole('button', { name: 'Test connection' }).click()
  await expect(page.getByText(/The key or secret was not accepted/)).toBeVisible()

  await page.getByRole('button', { name: 'Save only' }).click()
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }))
  expect(stored).toContain('District test')
  expect(stored).not.toContain('not-the-secret')
})

test('the connection screen has no serious or critical accessibility violations', async ({ page, seriousViolations }) => {
  await page.goto('/connection')
  await expect(page.getByRole('heading', { name: 'Connection', level: 1 })).toBeVisible()
  expect(await seriousViolations()).toEqual([])
})
