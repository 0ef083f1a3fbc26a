import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { getById, resultCounts, sessionsOfYear } from './support/bulk-helpers.ts'

// CSV round trip against the real embedded API: export Grand Bend High School's 2020-2021 sessions
// from the app, change two cells in the file, import it: the dry run shows exactly those two
// changes, applying writes them, undo puts the old values back. Reads and writes only that set.

const SCHOOL = 255901001
const YEAR = 2021
const GRID = `/sessions?schoolYear=${YEAR}&schoolId=${SCHOOL}`

async function exportCsv(page: Page): Promise<string> {
  await page.goto(GRID)
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export sessions' })
  await dialog.getByRole('radio', { name: /^A spreadsheet/ }).check()
  await dialog.getByRole('radio', { name: 'Live data' }).check()
  const asDownload = dialog.getByRole('radio', { name: /^A download when the export is complete/ })
  if (await asDownload.count()) await asDownload.check()
  await dialog.getByRole('button', { name: 'Start export' }).click()
  const link = dialog.getByRole('link', { name: /^Download sessions-/ })
  await expect(link).toBeVisible({ timeout: 20_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile((await download.path())!))
}

test('CSV round trip: export, change two cells, the import dry run shows exactly those, apply, undo', async ({ page, demo }) => {
  const before = (await sessionsOfYear(demo, YEAR)).filter((s) => s.schoolReference.schoolId === SCHOOL)
  const text = await exportCsv(page)
  const [header, ...records] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
  expect(records).toHaveLength(before.length)
  const col = (name: string) => header!.indexOf(name)
  const spring = records.find((r) => r[col('Session name')] === '2020-2021 Spring Semester')!
  const summer = records.find((r) => r[col('Session name')] === '2020-2021 Summer Semester')!
  const oldDays = Number(spring[col('Instructional days')])
  const oldEnd = summer[col('End date')]!
  spring[col('Instructional days')] = String(oldDays + 1)
  summer[col('End date')] = '2021-07-30'
  const dir = await mkdtemp(join(tmpdir(), 'bulk-import-'))
  const file = join(dir, 'sessions-changed.csv')
  await writeFile(file, '\uFEFF' + Papa.unparse([header!, ...records], { newline: '\r\n' }))

  await page.goto('/bulk/import')
  await expect(page.getByRole('heading', { name: 'Import sessions from a file' })).toBeVisible()
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.getByLabel('CSV file').setInputFiles(file)
  await expect(page.getByTestId('planned-counts')).toHaveText(`Update: 2 · Unchanged: ${before.length - 2}`)
  const springRow = page.getByRole('row', { name: /2020-2021 Spring Semester/ })
  await expect(springRow.getByRole('listitem')).toHaveText([`Instructional days: ${oldDays} → ${oldDays + 1}`])
  await expect(page.getByRole('row', { name: /2020-2021 Summer Semester/ }).getByRole('listitem')).toHaveText([
    `End date: ${oldEnd} → 2021-07-30`,
  ])

  await page.getByRole('button', { name: 'Apply 2 changes' }).click()
  expect(await resultCounts(page)).toBe(`Updated: 2 · Unchanged: ${before.length - 2}`)
  const springId = before.find((s) => s.sessionName === '2020-2021 Spring Semester')!.id
  const summerId = before.find((s) => s.sessionName === '2020-2021 Summer Semester')!.id
  expect((await getById(demo, springId)).body!.totalInstructionalDays).toBe(oldDays + 1)
  expect((await getById(demo, summerId)).body!.endDate).toBe('2021-07-30')
  // The other fields of the changed rows are as they were (academic weeks and grading periods kept).
  expect((await getById(demo, springId)).body!.academicWeeks).toHaveLength(before.find((s) => s.id === springId)!.academicWeeks!.length)

  await page.getByRole('button', { name: 'Undo this batch…' }).click()
  await page.getByRole('button', { name: 'Apply 2 changes' }).click()
  expect(await resultCounts(page)).toBe('Updated: 2')
  expect((await getById(demo, springId)).body!.totalInstructionalDays).toBe(oldDays)
  expect((await getById(demo, summerId)).body!.endDate).toBe(oldEnd)
})

test('a file without the needed columns is refused in words; the template downloads', async ({ page }) => {
  const dir = await mkdtemp(join(tmpdir(), 'bulk-import-'))
  await writeFile(join(dir, 'wrong.csv'), 'Title,Colour\r\nx,y\r\n')
  await page.goto('/bulk/import')
  await page.getByLabel('CSV file').setInputFiles(join(dir, 'wrong.csv'))
  await expect(page.getByText(/The file has no column for: session name, school id/)).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the template (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('sessions-import-template.csv')
})
