import { expect, type Locator, type Page } from '@playwright/test'
import Papa from 'papaparse'
import { academicWeekRef, gradingPeriodRef, sessionBody, type SessionInit } from '../test-support/builders.ts'
import { test, type StoredSession } from './fixtures.ts'

// Exporting the filtered sessions (school year 2025) from the real app against the real embedded
// API, with the file compared to the API's own data: CSV (quoting of commas, quotes, line breaks,
// non-ASCII, a formula-looking name) and JSON Lines, a cancel mid-way, a page that fails once and
// one that keeps failing (Retry), and a snapshot export while a second client writes. This spec
// writes only in school year 2025; expectations come from the API inside each test.

test.describe.configure({ mode: 'serial' })

const YEAR = 2025
const SCHOOL = 255901001
const GRID_URL = `/sessions?schoolYear=${YEAR}`
const DIALOG = '[role="dialog"]'
/** Enough rows for two partitions read in parallel (K = ceil(count / 500)). */
const BULK = 600
const NEXT_PAGES = 'pageToken='

type Body = StoredSession['session']

const run = Date.now() % 1_000_000
const names = {
  comma: `Export, "quoted" ${run}`,
  accents: `Export naïve — 日本語 ñ ${run}`,
  formula: `=Export formula ${run}`,
}

const body = (sessionName: string, init: SessionInit = {}) =>
  sessionBody(sessionName, { schoolId: SCHOOL, schoolYear: YEAR, beginDate: '2025-03-03', endDate: '2025-03-07', ...init })

let schoolNames: Map<number, string>

test.beforeAll(async ({ demo }) => {
  test.setTimeout(120_000)
  const periods = (await (
    await demo.http.get(`/api/data/v3/ed-fi/gradingPeriods?schoolId=${SCHOOL}&schoolYear=${YEAR}&limit=2`, { headers: demo.auth })
  ).json()) as {
    gradingPeriodDescriptor: string
    gradingPeriodName: string
  }[]
  const weeks = (await (
    await demo.http.get(`/api/data/v3/ed-fi/academicWeeks?schoolId=${SCHOOL}&limit=2`, { headers: demo.auth })
  ).json()) as { weekIdentifier: string }[]
  expect(periods.length).toBe(2)
  expect(weeks.length).toBe(2)
  const gradingPeriods = periods.map((p) => gradingPeriodRef(p.gradingPeriodName, p.gradingPeriodDescriptor, SCHOOL, YEAR))
  await demo.create(body(names.comma, { gradingPeriods, academicWeeks: weeks.map((w) => academicWeekRef(w.weekIdentifier, SCHOOL)) }))
  for (const name of [names.accents, names.formula]) await demo.create(body(name))
  for (let i = 0; i < BULK; i += 25) {
    await Promise.all(Array.from({ length: 25 }, (_, j) => demo.create(body(`Export bulk ${run} ${String(i + j).padStart(4, '0')}`))))
  }
  const schools = (await (await demo.http.get('/api/data/v3/ed-fi/schools?limit=500', { headers: demo.auth })).json()) as {
    schoolId: number
    nameOfInstitution: string
  }[]
  schoolNames = new Map(schools.map((s) => [s.schoolId, s.nameOfInstitution]))
})

// ---- The dialog, as a steward uses it ------------------------------------------------------------

async function openExport(page: Page): Promise<Locator> {
  await page.goto(GRID_URL)
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export sessions' })
  await expect(dialog).toBeVisible()
  return dialog
}

async function choose(dialog: Locator, options: { format: 'csv' | 'jsonl'; source: 'live' | 'snapshot' }) {
  await dialog.getByRole('radio', { name: options.format === 'csv' ? /^A spreadsheet/ : /^One record per line/ }).check()
  await dialog.getByRole('radio', { name: options.source === 'live' ? 'Live data' : /^The snapshot/ }).check()
  // Headless Chromium may offer the File System Access picker: the test takes the download path.
  const download = dialog.getByRole('radio', { name: /^A download when the export is complete/ })
  if (await download.count()) await download.check()
}

async function expectCount(dialog: Locator, count: number) {
  await expect(dialog.getByRole('definition').filter({ hasText: /^[\d,]+$/ })).toHaveText(count.toLocaleString('en-US'))
}

/** Waits for the finished export and saves its file through a real browser download. */
async function downloadFile(page: Page, dialog: Locator, timeout = 30_000): Promise<{ text: string; fileName: string }> {
  const link = dialog.getByRole('link', { name: /^Download sessions-\d{4}-\d{2}-\d{2}\.(csv|jsonl)/ })
  await expect(link).toBeVisible({ timeout })
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
  const path = await download.path()
  const { readFile } = await import('node:fs/promises')
  // Decoded without dropping a byte order mark, so the test sees the file's exact bytes.
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(path)), fileName: download.suggestedFilename() }
}

// ---- What the file must hold ------------------------------------------------------------------------

const label = (uri: string) => uri.slice(uri.lastIndexOf('#') + 1)

/** The CSV cells the export promises for one API body, written out here from the Ed-Fi fields. */
function expectedCells(b: Body): string[] {
  const school = (b.schoolReference as { schoolId: number }).schoolId
  const periods = (
    (b.gradingPeriods ?? []) as { gradingPeriodReference: { gradingPeriodName: string; gradingPeriodDescriptor: string } }[]
  ).map((p) => p.gradingPeriodReference)
  const weeks = ((b.academicWeeks ?? []) as { academicWeekReference: { weekIdentifier: string } }[]).map(
    (w) => w.academicWeekReference.weekIdentifier,
  )
  return [
    b.id,
    /^[=+\-@\t\r]/.test(b.sessionName) ? `'${b.sessionName}` : b.sessionName,
    String(school),
    schoolNames.get(school) ?? '',
    String((b.schoolYearTypeReference as { schoolYear: number }).schoolYear),
    label(b.termDescriptor as string),
    b.termDescriptor as string,
    b.beginDate as string,
    b.endDate as string,
    String(b.totalInstructionalDays),
    periods.map((p) => `${p.gradingPeriodName} (${label(p.gradingPeriodDescriptor)})`).join('; '),
    periods.map((p) => p.gradingPeriodDescriptor).join('; '),
    weeks.join('; '),
    (b._lastModifiedDate as string | undefined) ?? '',
  ]
}

const jsonl = (bodies: Body[]) => bodies.map((b) => `${JSON.stringify(b)}\n`).join('')

// ---- Tests ------------------------------------------------------------------------------------------------

test('CSV of the filtered set equals the API data: every row once, in order, quoted per RFC 4180, with a BOM', async ({
  page,
  demo,
  seriousViolations,
}) => {
  const expected = await demo.list({ schoolYear: YEAR })
  expect(expected.length).toBeGreaterThan(500)
  const dialog = await openExport(page)
  await expect(dialog.getByText(/School year: 2025/)).toBeVisible()
  await choose(dialog, { format: 'csv', source: 'live' })
  await expect(dialog.getByText(/Rows may change during the export/)).toBeVisible()
  await expectCount(dialog, expected.length)
  expect(await seriousViolations(DIALOG)).toEqual([])
  await dialog.getByRole('button', { name: 'Start export' }).click()

  const { text, fileName } = await downloadFile(page, dialog)
  expect(fileName).toMatch(/^sessions-\d{4}-\d{2}-\d{2}\.csv$/)
  await expect(
    dialog.getByText(`${expected.length.toLocaleString('en-US')} rows written, ${expected.length.toLocaleString('en-US')} counted.`),
  ).toBeVisible()
  expect(await seriousViolations(DIALOG)).toEqual([])

  expect(text.startsWith('\uFEFFSession ID,Session name,School ID,School,')).toBe(true)
  expect(text.endsWith('\r\n')).toBe(true)
  expect(text).toContain(`,"Export, ""quoted"" ${run}",`)
  expect(text).toContain(`,Export naïve — 日本語 ñ ${run},`)
  expect(text).toContain(`,"'=Export formula ${run}",`)
  const parsed = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n' })
  expect(parsed.errors).toEqual([])
  const [, ...rows] = parsed.data
  expect(rows).toEqual(expected.map(expectedCells))
  expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length)
  const comma = rows.find((r) => r[1] === names.comma)!
  expect(comma[10]).toMatch(/\(.+\); .+\(.+\)/)
  expect(comma[12]).toContain('; ')
})

test('JSON Lines holds the Ed-Fi bodies exactly as the API returns them, one per line', async ({ page, demo }) => {
  const expected = await demo.list({ schoolYear: YEAR })
  const dialog = await openExport(page)
  await choose(dialog, { format: 'jsonl', source: 'live' })
  await expect(dialog.getByRole('checkbox', { name: 'Excel-friendly' })).toHaveCount(0)
  await expectCount(dialog, expected.length)
  await dialog.getByRole('button', { name: 'Start export' }).click()
  const { text, fileName } = await downloadFile(page, dialog)
  expect(fileName).toMatch(/\.jsonl$/)
  expect(text).toBe(jsonl(expected))
})

test('Cancel stops every request in flight at once and offers no file', async ({ page, demo, seriousViolations }) => {
  const expected = await demo.list({ schoolYear: YEAR })
  await demo.injectFault({ kind: 'delay', ms: 5000, count: 8, pathIncludes: NEXT_PAGES })
  const pageRequests: string[] = []
  const aborted: string[] = []
  page.on('request', (r) => void (r.url().includes('pageToken=') && pageRequests.push(r.url())))
  page.on('requestfailed', (r) => void (r.url().includes('pageToken=') && aborted.push(r.failure()?.errorText ?? '')))
  const dialog = await openExport(page)
  await choose(dialog, { format: 'csv', source: 'live' })
  await expectCount(dialog, expected.length)
  await dialog.getByRole('button', { name: 'Start export' }).click()

  const bar = dialog.getByRole('progressbar', { name: 'Export progress' })
  await expect(bar).toHaveAttribute('aria-valuenow', '0')
  await expect(dialog.getByText(`0 of ${expected.length.toLocaleString('en-US')} rows`)).toBeVisible()
  // Two partitions, both waiting on their first page.
  await expect.poll(() => pageRequests.length).toBe(2)
  await dialog.getByRole('button', { name: 'Cancel export' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'Export cancelled' })).toBeVisible()
  await expect.poll(() => aborted.length, { timeout: 2_000 }).toBe(2)
  expect(aborted.every((e) => /ABORTED/i.test(e))).toBe(true)
  await expect(dialog.getByRole('link', { name: /^Download/ })).toHaveCount(0)
  expect(await seriousViolations(DIALOG)).toEqual([])
})

test('a page that fails once is retried; the file is still exact', async ({ page, demo }) => {
  const expected = await demo.list({ schoolYear: YEAR })
  await demo.injectFault({ kind: 'status', status: 500, count: 1, pathIncludes: NEXT_PAGES })
  const failed: number[] = []
  page.on('response', (r) => void (r.url().includes('pageToken=') && r.status() >= 500 && failed.push(r.status())))
  const dialog = await openExport(page)
  await choose(dialog, { format: 'jsonl', source: 'live' })
  await expectCount(dialog, expected.length)
  await dialog.getByRole('button', { name: 'Start export' }).click()
  const { text } = await downloadFile(page, dialog)
  expect(failed).toEqual([500])
  expect(text).toBe(jsonl(expected))
})

test('a page that keeps failing stops the export with Retry, which resumes without writing a row twice', async ({
  page,
  demo,
  seriousViolations,
}) => {
  const expected = await demo.list({ schoolYear: YEAR })
  // Six failures: more than the three attempts the network door makes for a page.
  await demo.injectFault({ kind: 'status', status: 500, count: 6, pathIncludes: NEXT_PAGES })
  const dialog = await openExport(page)
  await choose(dialog, { format: 'csv', source: 'live' })
  await expectCount(dialog, expected.length)
  await dialog.getByRole('button', { name: 'Start export' }).click()

  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('The export stopped')
  await expect(alert).toContainText(/could not be read, even after retries/)
  await expect(alert).toContainText('System Error.')
  expect(await seriousViolations(DIALOG)).toEqual([])
  await dialog.getByRole('button', { name: 'Retry' }).click()
  const { text } = await downloadFile(page, dialog)
  const [, ...rows] = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n' }).data
  expect(rows).toEqual(expected.map(expectedCells))
})

test('from the snapshot, the file equals the snapshot exactly while a second client writes', async ({ page, demo, colleague }) => {
  const refreshed = await demo.http.post('/api/admin/snapshot', { headers: demo.auth })
  expect(refreshed.status()).toBe(200)
  const { newestChangeVersion } = (await refreshed.json()) as { newestChangeVersion: number }
  const snapshotBodies = await demo.list({ schoolYear: YEAR }, { snapshot: true })

  await demo.injectFault({ kind: 'delay', ms: 1500, count: 2, pathIncludes: NEXT_PAGES })
  const pageRequests: string[] = []
  page.on('request', (r) => void (r.url().includes('pageToken=') && pageRequests.push(r.url())))
  const dialog = await openExport(page)
  // The snapshot is the default when the server has one that is up to date.
  await expect(dialog.getByRole('radio', { name: /^The snapshot/ })).toBeChecked()
  await expect(dialog.getByText('The snapshot is up to date with live data.', { exact: false })).toBeVisible()
  expect(newestChangeVersion).toBeGreaterThan(0)
  await choose(dialog, { format: 'jsonl', source: 'snapshot' })
  await expectCount(dialog, snapshotBodies.length)
  await dialog.getByRole('button', { name: 'Start export' }).click()
  await expect(dialog.getByText('Reading from the snapshot.')).toBeVisible()
  await expect.poll(() => pageRequests.length).toBeGreaterThan(0)

  // Meanwhile a colleague's tool adds one session and changes another in the same school year.
  const added = `Export written meanwhile ${run}`
  await colleague.create(body(added))
  const target = snapshotBodies.find((b) => b.sessionName === names.accents)!
  await colleague.update(target.id, { totalInstructionalDays: 4 })

  const { text } = await downloadFile(page, dialog)
  expect(text).toBe(jsonl(snapshotBodies))
  const n = snapshotBodies.length.toLocaleString('en-US')
  await expect(dialog.getByText(`${n} rows written, ${n} counted.`)).toBeVisible()
  // The writes did happen: live data differs from the file.
  const live = await demo.list({ schoolYear: YEAR })
  expect(live.some((b) => b.sessionName === added)).toBe(true)
  expect(live.find((b) => b.id === target.id)!.totalInstructionalDays).toBe(4)
})
