import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures.ts'
import { getById, resultCounts } from './support/bulk-helpers.ts'
import { SESSIONS, type ApiClient } from './support/edfi-clients.ts'

// Choosing rows in the grid and changing them together, against the real embedded API: shift the
// dates of three sessions by a week (dry run before and after, apply, undo), then delete them while
// a course offering still uses one (409, its reason in words, the others deleted). Writes only
// MiniTerm sessions of school year 2022 with names unique to the run.

test.describe.configure({ mode: 'serial' })

const SCHOOL = 255901001
const YEAR = 2022
const MINI = 'uri://ed-fi.org/TermDescriptor#MiniTerm'
const run = Date.now() % 1_000_000
const names = ['A', 'B', 'C'].map((l) => `Bulk ${l} ${run}`)
const GRID = `/sessions?schoolYear=${YEAR}&termDescriptor=${encodeURIComponent(MINI)}`

let demo: ApiClient
const ids: string[] = []

test.beforeAll(async ({ demo: demoApi }) => {
  demo = demoApi
  for (const [i, sessionName] of names.entries()) {
    const res = await demo.http.post(SESSIONS, {
      headers: demo.auth,
      data: {
        sessionName,
        schoolReference: { schoolId: SCHOOL },
        schoolYearTypeReference: { schoolYear: YEAR },
        termDescriptor: MINI,
        beginDate: `2022-03-0${7 + i}`,
        endDate: '2022-03-18',
        totalInstructionalDays: 8,
      },
    })
    expect(res.status()).toBe(201)
    ids.push(res.headers()['location']!.split('/').pop()!)
  }
})

test('edit selected: shift dates by a week, dry run shows before and after, apply, undo', async ({ page }) => {
  await page.goto(GRID)
  await page.getByRole('checkbox', { name: 'Select every session on this page' }).check()
  await expect(page.getByRole('region', { name: 'Selected sessions' })).toContainText('3 sessions selected.')
  await page.getByRole('button', { name: 'Edit selected…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit 3 sessions' })
  await expect(dialog).toBeVisible()
  expect((await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations).toEqual([])
  await dialog.getByLabel('Shift dates').check()
  await dialog.getByLabel('Shift by (negative moves earlier)').fill('1')
  await dialog.getByRole('button', { name: 'Show the dry run' }).click()

  await expect(page.getByTestId('planned-counts')).toHaveText('Update: 3')
  const rowA = page.getByRole('row', { name: new RegExp(names[0]!) })
  await expect(rowA).toContainText('Begin date: 2022-03-07 → 2022-03-14')
  await expect(rowA).toContainText('End date: 2022-03-18 → 2022-03-25')
  await page.getByRole('button', { name: 'Apply 3 changes' }).click()
  expect(await resultCounts(page)).toBe('Updated: 3')
  expect((await getById(demo, ids[0]!)).body).toMatchObject({ beginDate: '2022-03-14', endDate: '2022-03-25' })

  await page.getByRole('button', { name: 'Undo this batch…' }).click()
  await expect(page.getByRole('row', { name: new RegExp(names[0]!) })).toContainText('Begin date: 2022-03-14 → 2022-03-07')
  await page.getByRole('button', { name: 'Apply 3 changes' }).click()
  expect(await resultCounts(page)).toBe('Updated: 3')
  expect((await getById(demo, ids[0]!)).body).toMatchObject({ beginDate: '2022-03-07', endDate: '2022-03-18' })

  // Bulk writes are in the session's history like single saves: the shift and its undo.
  await page.goto(`/sessions/${ids[0]}/history`)
  const journal = page.getByRole('region', { name: 'Saved from this browser' })
  await expect(journal.getByRole('table')).toHaveCount(2)
  await expect(journal).toContainText('2022-03-14')
})

test('delete selected with one session still used by a course offering: 409 in words, the others deleted, undo re-creates them', async ({
  page,
}) => {
  const offering = await demo.http.post('/api/data/v3/ed-fi/courseOfferings', {
    headers: demo.auth,
    data: {
      localCourseCode: `BULK-${run}`,
      courseReference: { courseCode: `BULK-${run}`, educationOrganizationId: 255901 },
      schoolReference: { schoolId: SCHOOL },
      sessionReference: { schoolId: SCHOOL, schoolYear: YEAR, sessionName: names[1] },
    },
  })
  expect(offering.status()).toBe(201)

  await page.goto(GRID)
  await page.getByRole('checkbox', { name: 'Select every session on this page' }).check()
  await page.getByRole('button', { name: 'Delete selected…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete 3 sessions' })
  expect((await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations).toEqual([])
  await dialog.getByRole('button', { name: 'Show the dry run' }).click()
  await expect(page.getByTestId('planned-counts')).toHaveText('Delete: 3')
  await page.getByRole('button', { name: 'Apply 3 changes' }).click()
  expect(await resultCounts(page)).toBe('Deleted: 2 · Failed: 1')
  await expect(page.getByRole('row', { name: new RegExp(names[1]!) })).toContainText(/CourseOffering/)
  expect((await getById(demo, ids[0]!)).status).toBe(404)
  expect((await getById(demo, ids[1]!)).status).toBe(200)
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([])

  await page.getByRole('button', { name: 'Undo this batch…' }).click()
  await expect(page.getByTestId('planned-counts')).toHaveText('Create: 2')
  await page.getByRole('button', { name: 'Apply 2 changes' }).click()
  expect(await resultCounts(page)).toBe('Created: 2')
  const back = await demo.http.get(`${SESSIONS}?schoolId=${SCHOOL}&schoolYear=${YEAR}&sessionName=${encodeURIComponent(names[0]!)}`, {
    headers: demo.auth,
  })
  expect(((await back.json()) as { beginDate: string }[])[0]).toMatchObject({ beginDate: '2022-03-07' })
})
