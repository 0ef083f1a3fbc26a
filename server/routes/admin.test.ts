import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { createSession, deleteSession, getJson, newestChangeVersion, updateSession } from '../testing/session-api.ts'

interface SnapshotInfo {
  takenAt: string
  newestChangeVersion: number
}

const SNAPSHOT = { 'Use-Snapshot': 'true' }

describe('/admin/snapshot', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ seed: 'reference' })
  })
  afterAll(() => server.close())

  const refresh = async () => {
    const res = await server.api('admin/snapshot', { method: 'POST' })
    expect(res.status).toBe(200)
    return (await res.json()) as SnapshotInfo
  }

  it('POST takes a new snapshot and reports when and up to which change version', async () => {
    const before = Date.now()
    const info = await refresh()
    expect(Object.keys(info)).toEqual(['takenAt', 'newestChangeVersion'])
    expect(Date.parse(info.takenAt)).toBeGreaterThanOrEqual(before - 1000)
    expect(info.newestChangeVersion).toBe(await newestChangeVersion(server))
    expect((await getJson<SnapshotInfo>(server, 'admin/snapshot')).body).toEqual(info)
  })

  it('makes writes visible to Use-Snapshot reads only after a refresh', async () => {
    await refresh()
    const id = await createSession(server, { sessionName: 'SNAP NEW' })
    const item = `data/v3/ed-fi/sessions/${id}`
    expect((await getJson(server, item)).status).toBe(200)
    expect((await getJson(server, item, { headers: SNAPSHOT })).status).toBe(404)

    const info = await refresh()
    expect(info.newestChangeVersion).toBe(await newestChangeVersion(server))
    const snap = await getJson<{ sessionName: string }>(server, item, { headers: SNAPSHOT })
    expect(snap).toMatchObject({ status: 200, body: { sessionName: 'SNAP NEW' } })
  })

  it('freezes change queries too: a rename and a delete appear under Use-Snapshot only after a refresh', async () => {
    const start = (await newestChangeVersion(server)) + 1
    const renamed = await createSession(server, { sessionName: 'SNAP KC' })
    const removed = await createSession(server, { sessionName: 'SNAP DEL' })
    await refresh()
    await updateSession(server, renamed, { sessionName: 'SNAP KC 2' })
    await deleteSession(server, removed)

    const read = async (path: string, headers?: Record<string, string>) =>
      (await getJson<{ id: string }[]>(server, `data/v3/ed-fi/sessions/${path}?minChangeVersion=${start}`, { headers })).body.map(
        (x) => x.id,
      )
    expect(await read('keyChanges')).toEqual([renamed])
    expect(await read('deletes')).toEqual([removed])
    expect(await read('keyChanges', SNAPSHOT)).toEqual([])
    expect(await read('deletes', SNAPSHOT)).toEqual([])

    await refresh()
    expect(await read('keyChanges', SNAPSHOT)).toEqual([renamed])
    expect(await read('deletes', SNAPSHOT)).toEqual([removed])
  })

  it('needs a bearer token', async () => {
    expect((await fetch(`${server.apiRoot}/admin/snapshot`, { method: 'POST' })).status).toBe(401)
    expect((await fetch(`${server.apiRoot}/admin/snapshot`)).status).toBe(401)
  })
})

describe('/admin/snapshot with snapshots turned off', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ seed: 'none', snapshots: false })
  })
  afterAll(() => server.close())

  it.each(['GET', 'POST'])('%s -> 404 snapshot not found', async (method) => {
    const res = await server.api('admin/snapshot', { method, headers: { 'correlation-id': 'snap-off' } })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      detail: 'Snapshot not found.',
      type: 'urn:ed-fi:api:not-found',
      title: 'Not Found',
      status: 404,
      correlationId: 'snap-off',
      errors: ['The snapshot connection for the ODS has not been configured.'],
    })
  })
})
