import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { clearFaults, getById, injectFault, resultCounts, sessionsOfYear } from './support/bulk-helpers.ts'
import { SESSIONS, type ApiClient } from './support/edfi-clients.ts'

// Setting up 2027-2028 from 2026-2027 for every school, against the real embedded API: dry run,
// apply, results compared with the API; a colleague's change between plan and apply is listed and
// not overwritten; undo; a cancelled run resumed after a reload writes every row exactly once.
// Writes only school year 2028 (and one 2028 grading period), and takes its writes back.

test.describe.configure({ mode: 'serial' })

const FROM = 2027
const TO = 2028
const HIGH = 255901001
const SHOTS = process.env.SCREENSHOTS_DIR

/** One year later by whole weeks: 52 weeks, the same weekday. Date-only arithmetic in UTC. */
const plus52Weeks = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 364 * 86_400_000).toISOString().slice(0, 10)

let demo: ApiClient
let colleague: ApiClient

test.beforeAll(async ({ demo: demoApi, colleague: colleagueApi }) => {
  demo = demoApi
  colleague = colleagueApi
  // One 2027-2028 grading period, so the dry run maps one and leaves the others out with a note.
  const res = await demo.http.post('/api/data/v3/ed-fi/gradingPeriods', {
    headers: demo.auth,
    data: {
      gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Semester',
      gradingPeriodName: '2027-2028 First Semester',
      schoolReference: { schoolId: HIGH },
      schoolYearTypeReference: { schoolYear: TO },
      beginDate: '2027-08-19',
      endDate: '2027-12-17',
      periodSequence: 1,
      totalInstructionalDays: 80,
    },
  })
  expect([200, 201]).toContain(res.status())
})

async function planRollover(page: Page, shot?: string) {
  await page.goto('/sessions')
  await page.getByRole('link', { name: 'Set up next school year…' }).click()
  await expect(page.getByRole('heading', { name: 'Set up next school year' })).toBeVisible()
  await expect(page.getByLabel('Copy from school year')).toHaveValue(String(FROM))
  await expect(page.getByLabel('Into school year')).toHaveValue(String(TO))
  await expect(page.getByRole('group', { name: /Schools \(3 of 3 chosen\)/ })).toBeVisible()
  if (shot) expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  if (shot && SHOTS) await page.screenshot({ path: `${SHOTS}/${shot}`, fullPage: true })
  await page.getByRole('button', { name: 'Prepare the dry run' }).click()
  await expect(page.getByText('Dry run: nothing has been written yet. Read the plan, then apply it.')).toBeVisible()
}

test('roll 2026-2027 into 2027-2028 for all schools: dry run, a colleague’s change kept, results equal the API, undo', async ({ page }) => {
  const sources = await sessionsOfYear(demo, FROM)
  // Other specs may keep sessions in 2027-2028: results are compared with what was there before.
  const baseline = (await sessionsOfYear(demo, TO)).map((s) => s.id)
  // A 2027-2028 session that exists already: the dry run offers skip or update.
  const existing = await demo.http.post(SESSIONS, {
    headers: demo.auth,
    data: {
      sessionName: '2027-2028 Spring Semester',
      schoolReference: { schoolId: HIGH },
      schoolYearTypeReference: { schoolYear: TO },
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Spring Semester',
      beginDate: '2028-01-03',
      endDate: '2028-05-23',
      totalInstructionalDays: 90,
    },
  })
  expect(existing.status()).toBe(201)
  const existingId = existing.headers()['location']!.split('/').pop()!

  const fallSource = sources.find((s) => s.sessionName === '2026-2027 Fall Semester' && s.schoolReference.schoolId === HIGH)!
  const fallDates = { beginDate: plus52Weeks(fallSource.beginDate), endDate: plus52Weeks(fallSource.endDate) }
  await planRollover(page, 'wizard-1366.png')
  await expect(page.getByTestId('planned-counts')).toHaveText(`Create: ${sources.length - 1} · Skip: 1`)
  await expect(page.getByText(/2027-2028 lacks \d+ grading periods? these sessions use.*Add them first/)).toBeVisible()
  await page.getByText('Which grading periods are needed').click()
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Grand Bend Middle School: “2027-2028 First Nine Weeks” (First Nine Weeks)' }),
  ).toBeVisible()
  const fall = page.getByRole('row', { name: /Grand Bend High School 2027-2028 Fall Semester/ })
  await expect(fall).toContainText(`Fall Semester, ${fallDates.beginDate} to ${fallDates.endDate}`)
  await expect(fall).toContainText(/academic weeks? do(es)? not exist for this school yet/)
  await expect(fall).toContainText('1 grading period')
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/dry-run-1366.png`, fullPage: true })

  const spring = page.getByRole('row', { name: /Grand Bend High School 2027-2028 Spring Semester/ })
  await spring.getByLabel(/Exists/).selectOption('update')
  await expect(spring).toContainText('Begin date: 2028-01-03 → ')
  await expect(page.getByTestId('planned-counts')).toHaveText(`Create: ${sources.length - 1} · Update: 1`)

  // A colleague changes the planned row between plan and apply.
  const before = await getById(colleague, existingId)
  const put = await colleague.http.put(`${SESSIONS}/${existingId}`, {
    headers: { ...colleague.auth, 'if-match': before.etag! },
    data: { ...before.body, id: undefined, _etag: undefined, _lastModifiedDate: undefined, totalInstructionalDays: 91 },
  })
  expect(put.status()).toBe(204)

  await page.getByRole('button', { name: `Apply ${sources.length} changes` }).click()
  expect(await resultCounts(page)).toBe(`Created: ${sources.length - 1} · Changed by someone else: 1`)
  // Applied: the note still says what was left out, no longer what to do before applying.
  await expect(page.getByText(/2027-2028 lacks \d+ grading periods? these sessions use, so the copies leave them out\.$/)).toBeVisible()
  await expect(spring).toContainText('Changed by someone else since the plan, so it was not overwritten.')
  await expect(spring.getByRole('link', { name: 'Open the session to resolve it' })).toHaveAttribute('href', `/sessions/${existingId}`)
  expect((await getById(demo, existingId)).body!.totalInstructionalDays).toBe(91)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/results-1366.png`, fullPage: true })

  // Results equal the API: every source has its copy with the name, dates and days planned.
  const stored = await sessionsOfYear(demo, TO)
  for (const source of sources.filter((s) => s.sessionName !== '2026-2027 Spring Semester' || s.schoolReference.schoolId !== HIGH)) {
    const name = source.sessionName.replace('2026-2027', '2027-2028')
    const copy = stored.find((s) => s.sessionName === name && s.schoolReference.schoolId === source.schoolReference.schoolId)
    expect(copy, name).toBeDefined()
    expect(copy!.totalInstructionalDays).toBe(source.totalInstructionalDays)
    expect(copy!.termDescriptor).toBe(source.termDescriptor)
  }
  const fallCopy = stored.find((s) => s.sessionName === '2027-2028 Fall Semester' && s.schoolReference.schoolId === HIGH)!
  expect(fallCopy).toMatchObject(fallDates)
  expect(fallCopy.gradingPeriods!.map((g) => g.gradingPeriodReference.gradingPeriodName)).toEqual(['2027-2028 First Semester'])

  // Undo: a batch of its own, with its dry run; what the rollover created is deleted again.
  await page.getByRole('button', { name: 'Undo this batch…' }).click()
  await expect(page.getByRole('heading', { name: /^Undo: Set up 2027-2028/ })).toBeVisible()
  await expect(page.getByTestId('planned-counts')).toHaveText(`Delete: ${sources.length - 1}`)
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await page.getByRole('button', { name: `Apply ${sources.length - 1} changes` }).click()
  expect(await resultCounts(page)).toBe(`Deleted: ${sources.length - 1}`)
  expect((await sessionsOfYear(demo, TO)).map((s) => s.id).sort()).toEqual([...baseline, existingId].sort())

  // Both batches are kept in this browser, listed on the Bulk changes screen.
  await page.getByRole('link', { name: 'Bulk changes' }).click()
  await expect(page.getByRole('link', { name: /^Undo: Set up 2027-2028 from 2026-2027/ })).toBeVisible()
  await expect(
    page
      .getByRole('listitem')
      .filter({ hasText: /^Set up 2027-2028 from 2026-2027/ })
      .first(),
  ).toContainText('done')
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])
  await demo.http.delete(`${SESSIONS}/${existingId}`, { headers: demo.auth })
})

test('cancel mid-apply, reload, resume: every session written exactly once; planned again, nothing to write', async ({ page }) => {
  const sources = await sessionsOfYear(demo, FROM)
  const baseline = new Set((await sessionsOfYear(demo, TO)).map((s) => s.id))
  await planRollover(page)
  // The first writes (one per connection) answer soon, the rest only after 4 s: the cancel lands while
  // they are on their way, however fast the machine. (The embedded server drops them: their connection
  // is closed before it reads their body. A server that wrote them is what resume's re-read is for.)
  await injectFault(demo, { kind: 'delay', ms: 200, count: 6, method: 'POST', pathIncludes: 'sessions' })
  await injectFault(demo, { kind: 'delay', ms: 4000, count: 1000, method: 'POST', pathIncludes: 'sessions' })
  await page.getByRole('button', { name: `Apply ${sources.length} changes` }).click()
  await expect(page.getByRole('progressbar', { name: 'Changes written' })).toBeVisible()
  await expect(page.getByText(/^[1-9]\d* of \d+ rows done/)).toBeVisible({ timeout: 10_000 })
  // Leaving while rows are being written asks first; staying keeps the run going.
  const asked: string[] = []
  page.once('dialog', (dialog) => {
    asked.push(dialog.message())
    void dialog.dismiss()
  })
  await page.getByRole('link', { name: 'Sessions', exact: true }).click()
  await expect.poll(() => asked).toEqual([expect.stringContaining('Changes are still being written. Leave this page anyway?')])
  await expect(page).toHaveURL(/\/bulk\/[0-9a-f-]+$/)
  await expect(page.getByRole('progressbar', { name: 'Changes written' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByText(/Stopped before every row was done/)).toBeVisible()
  await clearFaults(demo)
  const afterCancel = await resultCounts(page)
  expect(afterCancel).toMatch(/Not done yet: [1-9]/)

  await page.reload()
  await page.getByRole('button', { name: 'Resume' }).click()
  // Right after the click the page may still say "Stopped…" from before: wait for the end of this run.
  await expect(page.getByText(/^Done\. Every row has a result below\./)).toBeVisible({ timeout: 20_000 })
  expect(await resultCounts(page)).toBe(`Created: ${sources.length}`)
  const stored = (await sessionsOfYear(demo, TO)).filter((s) => !baseline.has(s.id))
  expect(stored).toHaveLength(sources.length)
  expect(new Set(stored.map((s) => `${s.schoolReference.schoolId}|${s.sessionName}`)).size).toBe(sources.length)

  // Planned again over the copies just made: nothing to write, nothing to add first, no row notes.
  const firstBatch = page.url()
  await page.goto('/sessions')
  await page.getByRole('link', { name: 'Set up next school year…' }).click()
  await page.getByRole('button', { name: 'Prepare the dry run' }).click()
  await expect(
    page.getByText(/^Dry run: this plan writes nothing\. Every row is skipped, unchanged or has a problem; choose “update”/),
  ).toBeVisible()
  await expect(page.getByTestId('planned-counts')).toHaveText(`Skip: ${sources.length}`)
  await expect(page.getByText(/lacks \d+ grading periods?|left out/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Discard this plan' }).click()
  await page.goto(firstBatch)

  await page.getByRole('button', { name: 'Undo this batch…' }).click()
  await page.getByRole('button', { name: `Apply ${sources.length} changes` }).click()
  expect(await resultCounts(page)).toBe(`Deleted: ${sources.length}`)
  expect(await sessionsOfYear(demo, TO)).toHaveLength(baseline.size)
})
