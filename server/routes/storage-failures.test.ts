import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { SESSIONS, call, sessionBody } from '../testing/sessions-fixtures.ts'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' })
})
afterAll(() => server.close())

describe('a database that cannot grow', () => {
  it('answers a write with a 503 that names the cause, and writes nothing', async () => {
    const db = server.app.ctx.db
    const pages = db.pragma('page_count', { simple: true }) as number
    db.pragma(`max_page_count = ${pages}`)
    const bulky = { ...sessionBody(server, { sessionName: 'Disk Full', gradingPeriods: 3, academicWeeks: 3 }) }
    let name = String(bulky.sessionName)
    let res = await call<{ status: number; detail: string }>(server, SESSIONS, { method: 'POST', json: bulky })
    for (let i = 0; res.status === 201 && i < 200; i++) {
      name = `Disk Full ${i}`
      res = await call(server, SESSIONS, { method: 'POST', json: { ...bulky, sessionName: name } })
    }
    db.pragma('max_page_count = 1073741823')
    expect(res.status).toBe(503)
    expect(res.body.detail).toBe('The server has run out of disk space for its database; nothing was saved.')
    const after = await call<unknown[]>(server, `${SESSIONS}?sessionName=${encodeURIComponent(name)}`)
    expect(after.body).toEqual([])
  })
})
