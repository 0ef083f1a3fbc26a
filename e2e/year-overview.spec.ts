import { AxeBuilder } from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// The landing screen: the current school year (2026-2027) of every school, with the seeded
// mistakes found by the data-quality checks, in Chromium against the real embedded API.

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

const school = (page: Page, name: string) => page.getByRole('region', { name })

test('opens on the current school year: every school, its terms as bars, district totals and findings', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'School year 2026-2027' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'School year' })).toHaveValue('2027')
  const totals = page.getByRole('list', { name: 'District totals' })
  await expect(totals.getByRole('link', { name: /3 schools/ })).toBeVisible()
  await expect(totals.getByRole('link', { name: /errors?$/ })).not.toHaveText(/^\D*0 /)

  const high = school(page, 'Grand Bend High School')
  await expect(
    high.getByRole('link', { name: /^2026-2027 Fall Semester: August 24, 2026 to December 18, 2026, \d+ instructional days$/ }),
  ).toBeVisible()
  // The seeded short Spring Semester carries its error on the bar, in words for screen readers.
  await expect(
    high.getByRole('link', {
      name: /^2026-2027 Spring Semester: January 11, 2027 to April 30, 2027, 90 instructional days, has an error$/,
    }),
  ).toBeVisible()
  // Other specs may add their own 2027 sessions to this school: its summary counts at least this one.
  await expect(high.getByText(/[1-9]\d* errors?/)).toBeVisible()
  await expect(
    school(page, 'Grand Bend Middle School').getByRole('link', { name: /Summer Semester: May 17, 2027 .* has an error/ }),
  ).toBeVisible()

  // Grading periods beneath the terms, when asked.
  await page.getByLabel('Show grading periods').check()
  await expect(high.getByText('Grading periods')).toBeVisible()
  await expect(page).toHaveURL(/periods=true/)

  expect(await seriousViolations(page)).toEqual([])
  // The same facts as a table.
  await page.getByRole('button', { name: 'Table' }).click()
  const table = page.getByRole('table', { name: 'Sessions of 2026-2027 by school' })
  await expect(
    table.getByRole('row', { name: /2026-2027 Spring Semester.*April 30, 2027.*90.*counts 90 instructional days/ }),
  ).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('a bar opens its session, by mouse and by keyboard', async ({ page }) => {
  await page.goto('/')
  const bar = school(page, 'Grand Bend High School').getByRole('link', { name: /^2026-2027 Spring Semester:/ })
  await bar.click()
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f]{32}$/)
  await expect(page.getByRole('heading', { level: 1, name: '2026-2027 Spring Semester' })).toBeVisible()
  // The session page lists its findings.
  const findings = page.getByRole('region', { name: 'Data quality' })
  await expect(findings.getByText(/More instructional days than weekdays/)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.goBack()
  const again = school(page, 'Grand Bend High School').getByRole('link', { name: /^2026-2027 Fall Semester:/ })
  await again.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: '2026-2027 Fall Semester' })).toBeVisible()
})

test('another school year is one choice away, and the district totals lead into the grid', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'School year' }).selectOption('2022')
  await expect(page.getByRole('heading', { level: 1, name: 'School year 2021-2022' })).toBeVisible()
  await expect(page).toHaveURL(/schoolYear=2022/)
  await page
    .getByRole('list', { name: 'District totals' })
    .getByRole('link', { name: /sessions/ })
    .click()
  await expect(page).toHaveURL(/\/sessions\?schoolYear=2022/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
})

test('no new screen scrolls sideways on a 390 px phone; schools stack', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  for (const path of ['/', '/?periods=true', '/quality', '/sessions']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
  await page.goto('/')
  const [first, second] = [school(page, 'Grand Bend Elementary School'), school(page, 'Grand Bend High School')]
  const a = (await first.boundingBox())!
  const b = (await second.boundingBox())!
  expect(b.y).toBeGreaterThan(a.y + a.height - 1)
})
