import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import {
  HIGH_SCHOOL,
  MIDDLE_SCHOOL,
  createSession,
  deleteSession,
  getJson,
  newestChangeVersion,
  updateSession,
} from '../testing/session-api.ts'

interface DeleteItem {
  id: string
  changeVersion: number
  keyValues: { sessionName: string; schoolId: number; schoolYear: number }
}

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

const deletes = (query: string, client?: string) => getJson<DeleteItem[]>(server, `data/v3/ed-fi/sessions/deletes?${query}`, { client })

describe('GET /ed-fi/sessions/deletes', () => {
  it('reports a delete with the key the session had when it was deleted, at the delete change version', async () => {
    const start = (await newestChangeVersion(server)) + 1
    const id = await createSession(server, { sessionName: 'DEL ONE' })
    await updateSession(server, id, { sessionName: 'DEL ONE RENAMED' })
    await deleteSession(server, id)
    const deletedAt = await newestChangeVersion(server)

    const res = await deletes(`minChangeVersion=${start}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('total-count')).toBeNull()
    expect(res.body).toEqual([
      { id, changeVersion: deletedAt, keyValues: { sessionName: 'DEL ONE RENAMED', schoolId: HIGH_SCHOOL, schoolYear: 2022 } },
    ])
    expect(Object.keys(res.body[0]!)).toEqual(['id', 'changeVersion', 'keyValues'])
  })

  it('hides a delete once a session with the same key exists again, and shows both deletes after a second delete', async () => {
    const start = (await newestChangeVersion(server)) + 1
    const first = await createSession(server, { sessionName: 'DEL TWICE' })
    await deleteSession(server, first)
    const firstDeletedAt = await newestChangeVersion(server)
    expect((await deletes(`minChangeVersion=${start}`)).body.map((d) => d.id)).toEqual([first])

    // Key comparison is case-insensitive, as with SQL Server's collation.
    const second = await createSession(server, { sessionName: 'del twice' })
    expect((await deletes(`minChangeVersion=${start}`)).body).toEqual([])

    await deleteSession(server, second)
    const secondDeletedAt = await newestChangeVersion(server)
    const res = await deletes(`minChangeVersion=${firstDeletedAt}&maxChangeVersion=${secondDeletedAt}`)
    expect(res.body.map((d) => [d.id, d.changeVersion, d.keyValues.sessionName])).toEqual([
      [first, firstDeletedAt, 'DEL TWICE'],
      [second, secondDeletedAt, 'del twice'],
    ])
  })

  it('treats minChangeVersion and maxChangeVersion as inclusive bounds (names are case-insensitive)', async () => {
    const ids = [await createSession(server, { sessionName: 'WIN A' }), await createSession(server, { sessionName: 'WIN B' })]
    const versions: number[] = []
    for (const id of ids) {
      await deleteSession(server, id)
      versions.push(await newestChangeVersion(server))
    }
    const [a, b] = versions as [number, number]
    expect((await deletes(`minChangeVersion=${a}&maxChangeVersion=${a}`)).body.map((d) => d.id)).toEqual([ids[0]])
    expect((await deletes(`MinChangeVersion=${b}&MAXCHANGEVERSION=${b}`)).body.map((d) => d.id)).toEqual([ids[1]])
    expect((await deletes(`minChangeVersion=${b + 1}`)).body).toEqual([])
    const upToA = (await deletes(`maxChangeVersion=${a}&limit=500`)).body
    expect(upToA.at(-1)).toMatchObject({ id: ids[0], changeVersion: a })
  })

  it('pages with offset/limit in change-version order and counts with totalCount=true', async () => {
    const start = (await newestChangeVersion(server)) + 1
    const ids: string[] = []
    for (const name of ['PAGE 1', 'PAGE 2', 'PAGE 3']) ids.push(await createSession(server, { sessionName: name }))
    for (const id of ids) await deleteSession(server, id)

    const all = await deletes(`minChangeVersion=${start}&totalCount=true`)
    expect(all.headers.get('total-count')).toBe('3')
    expect(all.body.map((d) => d.id)).toEqual(ids)
    const versions = all.body.map((d) => d.changeVersion)
    expect([...versions].sort((x, y) => x - y)).toEqual(versions)

    const page = await deletes(`minChangeVersion=${start}&offset=1&limit=1&totalCount=true`)
    expect(page.headers.get('total-count')).toBe('3')
    expect(page.body.map((d) => d.id)).toEqual([ids[1]])
    expect((await deletes(`minChangeVersion=${start}&offset=3`)).body).toEqual([])
  })

  it("shows each client only the deletes of its own schools' sessions", async () => {
    const start = (await newestChangeVersion(server)) + 1
    const high = await createSession(server, { sessionName: 'AUTH HIGH', schoolId: HIGH_SCHOOL })
    const middle = await createSession(server, { sessionName: 'AUTH MIDDLE', schoolId: MIDDLE_SCHOOL })
    await deleteSession(server, high, '255901')
    await deleteSession(server, middle, '255901044')

    const ids = async (client: string) => (await deletes(`minChangeVersion=${start}&totalCount=true`, client)).body.map((d) => d.id)
    expect(await ids('255901')).toEqual([high, middle])
    expect(await ids('255901001')).toEqual([high])
    expect(await ids('255901044')).toEqual([middle])
    const count = await deletes(`minChangeVersion=${start}&totalCount=true`, '255901044')
    expect(count.headers.get('total-count')).toBe('1')
  })

  it('counts with totalCount=true beside a page', async () => {
    const res = await deletes('limit=1&totalCount=true')
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('total-count'))).toBeGreaterThan(0)
  })
})

describe('deletes paging validation (its own wording)', () => {
  const problem = (errors: string[]) => ({
    detail: 'Parameters supplied to the request were invalid.',
    type: 'urn:ed-fi:api:bad-request:parameter-validation-failed',
    title: 'Parameter Validation Failed',
    status: 400,
    correlationId: expect.any(String),
    errors,
  })

  it.each([
    ['limit=-1&offset=-1', ['Limit must be omitted or set to a value between 1 and 500.', 'Offset must be greater than or equal to 0.']],
    ['limit=501', ['Limit must be omitted or set to a value between 1 and 500.']],
    ['offset=-5&limit=10', ['Offset must be greater than or equal to 0.']],
  ])('%s -> 400', async (query, errors) => {
    const res = await deletes(query)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.body).toEqual(problem(errors))
  })

  it('answers values that do not bind with the model-binding 400 before range checks', async () => {
    const res = await deletes('limit=abc&offset=-1&totalCount=yes')
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      detail: "Data validation failed. See 'validationErrors' for details.",
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      title: 'Data Validation Failed',
      status: 400,
      correlationId: expect.any(String),
      validationErrors: {
        '$.limit': ["The value 'abc' is not valid for Limit."],
        '$.totalCount': ["The value 'yes' is not valid for TotalCount."],
      },
    })
  })

  it('accepts limit=500', async () => {
    expect((await deletes('limit=500')).status).toBe(200)
  })
})
