import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { HIGH_SCHOOL, MIDDLE_SCHOOL, createSession, getJson, newestChangeVersion, updateSession } from '../testing/session-api.ts'

interface Key {
  sessionName: string
  schoolId: number
  schoolYear: number
}
interface KeyChangeItem {
  id: string
  changeVersion: number
  oldKeyValues: Key
  newKeyValues: Key
}

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

const keyChanges = (query: string, client?: string) =>
  getJson<KeyChangeItem[]>(server, `data/v3/ed-fi/sessions/keyChanges?${query}`, { client })
const key = (sessionName: string, schoolId = HIGH_SCHOOL, schoolYear = 2022): Key => ({ sessionName, schoolId, schoolYear })

describe('GET /ed-fi/sessions/keyChanges', () => {
  it('reports one item per session: first old key -> last new key, at the last change version', async () => {
    const start = (await newestChangeVersion(server)) + 1
    const id = await createSession(server, { sessionName: 'SESSION ONE' })
    const beforeFirst = await newestChangeVersion(server)
    await updateSession(server, id, { sessionName: 'SESSION TWO' })
    const afterFirst = await newestChangeVersion(server)

    const first = await keyChanges(`minChangeVersion=${start}`)
    expect(first.status).toBe(200)
    expect(first.body).toEqual([
      { id, changeVersion: expect.any(Number), oldKeyValues: key('SESSION ONE'), newKeyValues: key('SESSION TWO') },
    ])
    expect(Object.keys(first.body[0]!)).toEqual(['id', 'changeVersion', 'oldKeyValues', 'newKeyValues'])
    const firstVersion = first.body[0]!.changeVersion
    expect(firstVersion).toBeGreaterThan(beforeFirst)
    expect(firstVersion).toBeLessThanOrEqual(afterFirst)

    await updateSession(server, id, { sessionName: 'SESSION TWO', totalInstructionalDays: 90 })
    await updateSession(server, id, { sessionName: 'SESSION THREE', schoolYear: 2023 })
    const second = await keyChanges(`minChangeVersion=${start}&totalCount=true`)
    expect(second.headers.get('total-count')).toBe('1')
    expect(second.body).toEqual([
      { id, changeVersion: expect.any(Number), oldKeyValues: key('SESSION ONE'), newKeyValues: key('SESSION THREE', HIGH_SCHOOL, 2023) },
    ])
    expect(second.body[0]!.changeVersion).toBeGreaterThan(firstVersion)

    // A window that starts after the first change reports the key as it was then.
    const later = await keyChanges(`minChangeVersion=${firstVersion + 1}`)
    expect(later.body).toEqual([
      {
        id,
        changeVersion: second.body[0]!.changeVersion,
        oldKeyValues: key('SESSION TWO'),
        newKeyValues: key('SESSION THREE', HIGH_SCHOOL, 2023),
      },
    ])
    expect((await keyChanges(`minChangeVersion=${firstVersion}&maxChangeVersion=${firstVersion}`)).body).toEqual([
      { id, changeVersion: firstVersion, oldKeyValues: key('SESSION ONE'), newKeyValues: key('SESSION TWO') },
    ])
  })

  it('counts sessions, not key-change operations, and pages in change-version order', async () => {
    const start = (await newestChangeVersion(server)) + 1
    const ids: string[] = []
    for (const name of ['AAA', 'BBB', 'CCC']) ids.push(await createSession(server, { sessionName: name }))
    await updateSession(server, ids[1]!, { sessionName: 'BBB-1' })
    await updateSession(server, ids[0]!, { sessionName: 'AAA-1' })
    await updateSession(server, ids[1]!, { sessionName: 'BBB-2' })
    await updateSession(server, ids[2]!, { sessionName: 'CCC-1' })

    const all = await keyChanges(`minChangeVersion=${start}&totalCount=true`)
    expect(all.headers.get('total-count')).toBe('3')
    // Ordered by each session's last change: AAA (2nd op), BBB (3rd op), CCC (4th op).
    expect(all.body.map((k) => [k.id, k.oldKeyValues.sessionName, k.newKeyValues.sessionName])).toEqual([
      [ids[0], 'AAA', 'AAA-1'],
      [ids[1], 'BBB', 'BBB-2'],
      [ids[2], 'CCC', 'CCC-1'],
    ])
    const page = await keyChanges(`minChangeVersion=${start}&limit=2&offset=1&totalCount=true`)
    expect(page.headers.get('total-count')).toBe('3')
    expect(page.body.map((k) => k.id)).toEqual([ids[1], ids[2]])
  })

  it('authorizes by the key before the change (as the ODS joins on the Old* columns)', async () => {
    const start = (await newestChangeVersion(server)) + 1
    const moved = await createSession(server, { sessionName: 'MOVER', schoolId: HIGH_SCHOOL }, '255901')
    await updateSession(server, moved, { sessionName: 'MOVER', schoolId: MIDDLE_SCHOOL }, '255901')

    const ids = async (client: string) => (await keyChanges(`minChangeVersion=${start}`, client)).body.map((k) => k.id)
    expect(await ids('255901')).toEqual([moved])
    expect(await ids('255901001')).toEqual([moved])
    expect(await ids('255901044')).toEqual([])
    const seen = await keyChanges(`minChangeVersion=${start}`, '255901001')
    expect(seen.body[0]).toMatchObject({ oldKeyValues: key('MOVER', HIGH_SCHOOL), newKeyValues: key('MOVER', MIDDLE_SCHOOL) })
  })

  it.each([
    ['limit=-1&offset=-1', ['Limit must be omitted or set to a value between 1 and 500.', 'Offset must be greater than or equal to 0.']],
    ['limit=1000', ['Limit must be omitted or set to a value between 1 and 500.']],
  ])('validates paging like /deletes: %s', async (query, errors) => {
    const res = await keyChanges(query)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      detail: 'Parameters supplied to the request were invalid.',
      type: 'urn:ed-fi:api:bad-request:parameter-validation-failed',
      title: 'Parameter Validation Failed',
      status: 400,
      correlationId: expect.any(String),
      errors,
    })
  })

  it('answers an empty array (and Total-Count 0 when asked) when nothing changed in the window', async () => {
    const next = (await newestChangeVersion(server)) + 1
    const res = await keyChanges(`minChangeVersion=${next}&totalCount=true`)
    expect(res).toMatchObject({ status: 200, body: [] })
    expect(res.headers.get('total-count')).toBe('0')
  })
})
