import { expect, test } from './fixtures.ts'
import type { Locator, Page } from '@playwright/test'
import { sessionBody, uniqueName as unique } from '../test-support/builders.ts'

// Create, edit, conflicts, key change, delete and the unsaved-changes guard, in Chromium against
// the real embedded API. A colleague (the LEA-wide client "255901") changes records over HTTP while
// a dialog is open, as another tool would. Writes only sessions of school year 2027 with names
// unique to this run; expectations are read back from the API.

const SCHOOL = 255901001
const YEAR = 2027
const uniqueName = (label: string) => unique(`E2E ${label}`)
const body = (sessionName: string) =>
  sessionBody(sessionName, { schoolId: SCHOOL, schoolYear: YEAR, beginDate: '2027-01-04', endDate: '2027-01-08' })
const byName = (sessionName: string) => ({ schoolId: SCHOOL, schoolYear: YEAR, sessionName })
const DIALOGS = '[role="dialog"], [role="alertdialog"]'

const editor = (page: Page) => page.getByRole('dialog', { name: /session/i })

async function openEditor(page: Page, id: string): Promise<Locator> {
  await page.goto(`/sessions/${id}`)
  await page.getByRole('button', { name: 'Edit' }).click()
  const dialog = editor(page)
  await expect(dialog.getByLabel('Session name')).not.toHaveValue('')
  return dialog
}

/** The New session form filled for a MiniTerm session of Grand Bend High School in 2027. */
async function fillNewSession(dialog: Locator, name: string, days: string) {
  await dialog.getByLabel('School', { exact: true }).selectOption(String(SCHOOL))
  await dialog.getByLabel('School year').selectOption(String(YEAR))
  await dialog.getByLabel('Session name').fill(name)
  await dialog.getByLabel('Term').selectOption({ label: 'MiniTerm' })
  await dialog.getByLabel('Begin date').fill('2027-01-04')
  await dialog.getByLabel('End date').fill('2027-01-08')
  await dialog.getByLabel('Total instructional days').fill(days)
}

test('create with "n": the form, a grading period of the chosen school and year, "created" from the status, and an axe scan', async ({
  page,
  colleague,
  seriousViolations,
}) => {
  const name = uniqueName('Created')
  await page.goto('/sessions')
  await expect(page.getByRole('table', { name: /Sessions/ })).toBeVisible()
  await page.keyboard.press('n')
  const dialog = page.getByRole('dialog', { name: 'New session' })
  await expect(dialog.getByLabel('School', { exact: true })).toBeFocused()
  await fillNewSession(dialog, name, '5')
  await dialog.getByRole('button', { name: 'Add a grading period' }).click()
  await dialog
    .getByLabel('Grading periods, row 1')
    .selectOption({ label: '2026-2027 First Semester (First Semester, 2026-08-24 to 2026-12-18)' })
  expect(await seriousViolations(DIALOGS)).toEqual([])
  await dialog.getByRole('button', { name: 'Create session' }).click()
  await expect(page.getByText('Session created')).toBeVisible()
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f]{32}$/)
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  const [stored] = await colleague.list(byName(name))
  expect(stored).toMatchObject({ totalInstructionalDays: 5, beginDate: '2027-01-04', endDate: '2027-01-08' })
  expect(stored!.gradingPeriods).toEqual([
    {
      gradingPeriodReference: expect.objectContaining({
        gradingPeriodName: '2026-2027 First Semester',
        schoolId: SCHOOL,
        schoolYear: YEAR,
      }),
    },
  ])
})

test('create with a key that exists: a warning that it will update, "Open the existing session" or "Update it anyway"', async ({
  page,
  colleague,
}) => {
  const name = uniqueName('Upsert')
  const id = await colleague.create(body(name))
  const fill = async () => {
    await page.goto('/sessions')
    await page.getByRole('button', { name: 'New session' }).click()
    const dialog = page.getByRole('dialog', { name: 'New session' })
    await fillNewSession(dialog, name, '4')
    await dialog.getByRole('button', { name: 'Create session' }).click()
    await expect(dialog.getByRole('heading', { name: 'This session already exists' })).toBeVisible()
    return dialog
  }
  await (await fill()).getByRole('button', { name: 'Open the existing session' }).click()
  await expect(page).toHaveURL(`/sessions/${id}`)
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(5)

  await (await fill()).getByRole('button', { name: 'Update it anyway' }).click()
  await expect(page.getByText('Existing session updated')).toBeVisible()
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(4)
  expect(await colleague.list(byName(name))).toHaveLength(1)
})

test('edit and save: PUT with the pinned etag, the detail shows the new value, and the history shows this browser’s diff', async ({
  page,
  colleague,
}) => {
  const id = await colleague.create(body(uniqueName('Edited')))
  const before = (await colleague.read(id))!
  const puts: (string | undefined)[] = []
  page.on('request', (r) => void (r.method() === 'PUT' && puts.push(r.headers()['if-match'])))
  const dialog = await openEditor(page, id)
  await dialog.getByLabel('Total instructional days').fill('7')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
  await expect(dialog).toHaveCount(0)
  expect(puts).toEqual([before.etag]) // the etag as read, quoted, sent back as If-Match
  await expect(page.getByText('Total instructional days').locator('..')).toContainText('7')
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(7)

  await page.getByRole('link', { name: 'History', exact: true }).click()
  const journal = page.getByRole('region', { name: /Saved from this browser/ })
  await expect(journal.getByRole('row', { name: /Total instructional days/ })).toContainText('5')
  await expect(journal.getByRole('row', { name: /Total instructional days/ })).toContainText('7')
})

test('a real conflict: another client saves while the dialog is open -> both versions side by side -> all mine', async ({
  page,
  colleague,
  seriousViolations,
}) => {
  const id = await colleague.create(body(uniqueName('Conflict mine')))
  const dialog = await openEditor(page, id)
  await dialog.getByLabel('Total instructional days').fill('9')
  await colleague.update(id, { totalInstructionalDays: 3, endDate: '2027-01-07' })
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByRole('heading', { name: 'Someone else saved this session after you opened it' })).toBeVisible()
  const days = dialog.getByRole('row', { name: /Instructional days/ })
  await expect(days).toContainText('(both changed)')
  await expect(days.getByRole('cell').nth(0)).toHaveText('5')
  await expect(days.getByRole('cell').nth(1)).toHaveText('9')
  await expect(days.getByRole('cell').nth(2)).toHaveText('3')
  // Dates in the app's format (the same day in every time zone), not ISO strings.
  await expect(
    dialog
      .getByRole('row', { name: /End date/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('Jan 7, 2027')
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(3) // nothing overwritten
  expect(await seriousViolations(DIALOGS)).toEqual([])
  await expect(dialog.getByRole('button', { name: /retry|take theirs/i })).toHaveCount(0) // one way to save

  await dialog.getByRole('button', { name: 'Choose all mine' }).click()
  await expect(dialog.getByRole('row', { name: /End date/ }).getByRole('radio', { name: 'Yours' })).toBeChecked()
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(3) // a shortcut only sets the choices
  await dialog.getByRole('button', { name: 'Save with these choices' }).click()
  await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
  const saved = (await colleague.read(id))!.session
  expect(saved).toMatchObject({ totalInstructionalDays: 9, endDate: '2027-01-08' })
})

test('a conflict saves exactly what is shown: a field only the colleague changed keeps their value; "all theirs" only sets the radios', async ({
  page,
  colleague,
}) => {
  const id = await colleague.create(body(uniqueName('Conflict merge')))
  let dialog = await openEditor(page, id)
  await dialog.getByLabel('Total instructional days').fill('6')
  await colleague.update(id, { endDate: '2027-01-07' })
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByRole('row', { name: /End date/ }).getByRole('radio', { name: 'Theirs' })).toBeChecked()
  await expect(dialog.getByRole('row', { name: /Instructional days/ }).getByRole('radio', { name: 'Yours' })).toBeChecked()
  await dialog.getByRole('button', { name: 'Save with these choices' }).click()
  await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
  expect((await colleague.read(id))!.session).toMatchObject({ totalInstructionalDays: 6, endDate: '2027-01-07' })

  dialog = await openEditor(page, id)
  await dialog.getByLabel('Total instructional days').fill('1')
  await colleague.update(id, { totalInstructionalDays: 2 })
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await dialog.getByRole('button', { name: 'Choose all theirs' }).click()
  await expect(dialog.getByRole('row', { name: /Instructional days/ }).getByRole('radio', { name: 'Theirs' })).toBeChecked()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Save with these choices' }).click()
  await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(2)
})

test('edit: focus moves into the dialog even while the session loads, and Tab stays inside it', async ({ page, colleague }) => {
  const id = await colleague.create(body(uniqueName('Focus')))
  await page.goto(`/sessions/${id}`)
  await expect(page.getByRole('button', { name: 'Edit' })).toBeEnabled()
  await colleague.injectFault({ kind: 'delay', ms: 600, count: 1, method: 'GET', pathIncludes: id })
  await page.getByRole('button', { name: 'Edit' }).click()
  const dialog = editor(page)
  await expect(dialog.getByText('Loading the session…')).toBeVisible()
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  await expect(dialog.getByLabel('School', { exact: true })).toBeFocused()
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), `Tab ${i + 1} left the dialog`).toBe(true)
  }
})

test('a key change is announced as cascading, then saved; Ed-Fi lists it in keyChanges', async ({ page, colleague }) => {
  const oldName = uniqueName('Key old')
  const newName = uniqueName('Key new')
  const id = await colleague.create(body(oldName))
  const dialog = await openEditor(page, id)
  await dialog.getByLabel('Session name').fill(newName)
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByRole('heading', { name: 'You are changing the session’s key' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Change the key and save' }).click()
  await expect(page.getByText('Session saved with its new key')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: newName })).toBeVisible()
  const res = await colleague.http.get('/api/data/v3/ed-fi/sessions/keyChanges?limit=500', { headers: colleague.auth })
  const changes = (await res.json()) as { oldKeyValues: { sessionName: string }; newKeyValues: { sessionName: string } }[]
  expect(changes.some((c) => c.oldKeyValues.sessionName === oldName && c.newKeyValues.sessionName === newName)).toBe(true)
})

test('delete: 409 names the dependent record type; 412 shows what changed and asks again', async ({
  page,
  colleague,
  seriousViolations,
}) => {
  const name = uniqueName('Referenced')
  const id = await colleague.create(body(name))
  const offering = await colleague.http.post('/api/data/v3/ed-fi/courseOfferings', {
    headers: colleague.auth,
    data: {
      localCourseCode: uniqueName('OFR').replaceAll(' ', '-').slice(0, 60),
      courseReference: { courseCode: 'ALG-1', educationOrganizationId: 255901 },
      schoolReference: { schoolId: SCHOOL },
      sessionReference: { schoolId: SCHOOL, schoolYear: YEAR, sessionName: name },
      localCourseTitle: 'Algebra I',
    },
  })
  expect(offering.status(), await offering.text()).toBe(201)
  await page.goto(`/sessions/${id}`)
  await page.getByRole('button', { name: 'Delete' }).click()
  let confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` })
  await confirm.getByRole('button', { name: 'Delete session' }).click()
  await expect(confirm.getByText('At least one course offering refers to this session.')).toBeVisible()
  expect(await seriousViolations(DIALOGS)).toEqual([])
  await confirm.getByRole('button', { name: 'Keep it' }).click()
  expect(await colleague.read(id)).toBeDefined()

  const other = uniqueName('Changed then deleted')
  const otherId = await colleague.create(body(other))
  await page.goto(`/sessions/${otherId}`)
  await page.getByRole('button', { name: 'Delete' }).click()
  confirm = page.getByRole('alertdialog', { name: `Delete “${other}”?` })
  await expect(confirm.getByRole('button', { name: 'Delete session' })).toBeEnabled()
  await colleague.update(otherId, { totalInstructionalDays: 4 })
  await confirm.getByRole('button', { name: 'Delete session' }).click()
  await expect(confirm.getByText('Instructional days: 5 → 4')).toBeVisible()
  expect(await colleague.read(otherId)).toBeDefined()
  await confirm.getByRole('button', { name: 'Delete their version' }).click()
  await expect(page.getByText('Session deleted')).toBeVisible()
  await expect(page).toHaveURL(/\/sessions(\?|$)/)
  expect(await colleague.read(otherId)).toBeUndefined()
})

test('validation: client rules on the fields, a server 400 on its field, and a failed save keeps what was typed', async ({
  page,
  colleague,
}) => {
  const id = await colleague.create(body(uniqueName('Validated')))
  const dialog = await openEditor(page, id)
  await dialog.getByLabel('Session name').fill(' leading space')
  await dialog.getByLabel('Total instructional days').fill('-1')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByLabel('Session name')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText('Remove the spaces at the start or end of the name.')).toBeVisible()
  await expect(dialog.getByText('Enter a whole number of days, 0 or more.')).toBeVisible()
  await expect(dialog.getByLabel('Session name')).toBeFocused()

  // The server's rule: an Int32. Its validationErrors land on the field.
  await dialog.getByLabel('Session name').fill((await colleague.read(id))!.session.sessionName)
  await dialog.getByLabel('Total instructional days').fill('3000000000')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByLabel('Total instructional days')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByText(/too large or small for an Int32/)).toBeVisible()
  // The request's reference for a help desk is folded away, one click from view.
  await dialog.getByText('Details for your help desk').click()
  await expect(dialog.getByText(/Reference \(correlation ID\)/)).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Copy these details' })).toBeVisible()

  // The server fails once (503): nothing typed is lost, and saving again works.
  await colleague.injectFault({ kind: 'status', status: 503, count: 1, method: 'PUT', pathIncludes: id })
  await dialog.getByLabel('Total instructional days').fill('8')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('save again')
  await expect(dialog.getByLabel('Total instructional days')).toHaveValue('8')
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(8)
})

test('deleted while the dialog is open: re-create it from the form', async ({ page, colleague }) => {
  const name = uniqueName('Gone')
  const id = await colleague.create(body(name))
  const dialog = await openEditor(page, id)
  await dialog.getByLabel('Total instructional days').fill('2')
  await colleague.remove(id)
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByRole('heading', { name: 'This session was deleted after you opened it' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Re-create it from this form' }).click()
  await expect(page.getByText('Session re-created')).toBeVisible()
  const [recreated] = await colleague.list(byName(name))
  expect(recreated).toMatchObject({ totalInstructionalDays: 2 })
})

test('unsaved changes: closing asks first, only when something changed; Back asks too', async ({ page, colleague }) => {
  const name = uniqueName('Guarded')
  const id = await colleague.create(body(name))
  let dialog = await openEditor(page, id)
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0) // nothing changed: no question

  // Arrive from the grid (an in-app navigation), so Back stays in the app.
  await page.goto(`/sessions?schoolYear=${YEAR}&sessionName=${encodeURIComponent(name)}`)
  await page.getByRole('link', { name, exact: true }).click()
  await page.getByRole('button', { name: 'Edit' }).click()
  dialog = editor(page)
  await dialog.getByLabel('Total instructional days').fill('11')
  await page.keyboard.press('Escape')
  const ask = page.getByRole('alertdialog', { name: 'Discard your changes?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep editing' }).click()
  await expect(ask).toHaveCount(0)
  await expect(dialog.getByLabel('Total instructional days')).toHaveValue('11')

  await page.goBack()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep editing' }).click()
  await expect(page).toHaveURL(`/sessions/${id}`)
  await expect(dialog.getByLabel('Total instructional days')).toHaveValue('11')
  await page.goBack()
  await ask.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page).toHaveURL(/\/sessions\?/)
  await expect(dialog).toHaveCount(0)
  expect((await colleague.read(id))!.session.totalInstructionalDays).toBe(5)
})

test('keyboard only: from the grid to the detail, edit, save, focus back on Edit', async ({ page, colleague }) => {
  const name = uniqueName('Keyboard')
  await colleague.create(body(name))
  await page.goto(`/sessions?schoolYear=${YEAR}&sessionName=${encodeURIComponent(name)}`)
  const rowLink = page.getByRole('link', { name, exact: true })
  await expect(rowLink).toBeVisible()
  for (let i = 0; i < 80 && !(await rowLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  const edit = page.getByRole('button', { name: 'Edit' })
  await expect(edit).toBeVisible()
  for (let i = 0; i < 40 && !(await edit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(edit).toBeFocused()
  await page.keyboard.press('Enter')
  const days = editor(page).getByLabel('Total instructional days')
  await expect(days).toHaveValue('5')
  for (let i = 0; i < 20 && !(await days.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('6')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Session saved', { exact: true })).toBeVisible()
  await expect(editor(page)).toHaveCount(0)
  await expect(edit).toBeFocused()
  expect((await colleague.list(byName(name)))[0]!.totalInstructionalDays).toBe(6)
})

test('an editor opened from a link on another page hands focus to the page, not the body, when it closes', async ({ page, colleague }) => {
  const id = await colleague.create(body(uniqueName('Linked')))
  await page.goto(`/sessions/${id}?edit=true`)
  await expect(editor(page).getByLabel('School', { exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(editor(page)).toHaveCount(0)
  await expect(page.locator('#main')).toBeFocused()
})

test('snapshot mode: Edit and Delete are off, with the reason', async ({ page, colleague }) => {
  const id = await colleague.create(body(uniqueName('Snapshot')))
  await colleague.http.post('/api/admin/snapshot', { headers: colleague.auth })
  await page.goto(`/sessions/${id}`)
  await page.getByLabel('Snapshot mode').check()
  await expect(page.getByRole('button', { name: 'Edit' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Delete' })).toBeDisabled()
  await expect(page.getByText('Snapshot mode is read-only: turn it off to edit or delete.')).toBeVisible()
  await page.getByLabel('Snapshot mode').uncheck()
})
