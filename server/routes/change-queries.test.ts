import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { createSession, deleteSession, getJson, newestChangeVersion, updateSession } from '../testing/session-api.ts'

const SNAPSHOT = { 'Use-Snapshot': 'true' }

describe('GET /changeQueries/v1/availableChangeVersions', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ seed: 'reference' })
  })
  afterAll(() => server.close())

  it('answers oldestChangeVersion 0 and the newest version handed out, case-insensitively routed', async () => {
    const res = await getJson<Record<string, number>>(server, 'changeQueries/v1/AvailableChangeVersions')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(Object.keys(res.body)).toEqual(['oldestChangeVersion', 'newestChangeVersion'])
    expect(res.body.oldestChangeVersion).toBe(0)
    expect(Number.isSafeInteger(res.body.newestChangeVersion)).toBe(true)
  })

  it('grows by one per create, update and delete', async () => {
    const v0 = await newestChangeVersion(server)
    const id = await createSession(server, { sessionName: 'ACV' })
    expect(await newestChangeVersion(server)).toBe(v0 + 1)
    await updateSession(server, id, { sessionName: 'ACV', totalInstructionalDays: 70 })
    expect(await newestChangeVersion(server)).toBe(v0 + 2)
    await deleteSession(server, id)
    expect(await newestChangeVersion(server)).toBe(v0 + 3)
  })

  it('reads the snapshot with Use-Snapshot: true, which only moves when the snapshot is refreshed', async () => {
    const before = await newestChangeVersion(server, SNAPSHOT)
    await server.api('admin/snapshot', { method: 'POST' })
    const taken = await newestChangeVersion(server, SNAPSHOT)
    expect(taken).toBe(await newestChangeVersion(server))
    expect(taken).toBeGreaterThanOrEqual(before)

    await createSession(server, { sessionName: 'AFTER SNAPSHOT' })
    expect(await newestChangeVersion(server)).toBe(taken + 1)
    expect(await newestChangeVersion(server, SNAPSHOT)).toBe(taken)
    expect(await newestChangeVersion(server, { 'use-snapshot': 'TRUE' })).toBe(taken)
    expect(await newestChangeVersion(server, { 'Use-Snapshot': 'false' })).toBe(taken + 1)
  })

  it('needs a bearer token', async () => {
    const res = await fetch(`${server.apiRoot}/changeQueries/v1/availableChangeVersions`)
    expect(res.status).toBe(401)
  })
})

describe('change queries turned off', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ seed: 'reference', changeQueries: false })
  })
  afterAll(() => server.close())

  it.each(['changeQueries/v1/availableChangeVersions', 'data/v3/ed-fi/sessions/deletes', 'data/v3/ed-fi/sessions/keyChanges?limit=-1'])(
    'GET %s -> 404 feature disabled',
    async (path) => {
      const res = await getJson(server, path, { headers: { 'correlation-id': 'cq-off' } })
      expect(res.status).toBe(404)
      expect(res.body).toEqual({
        detail: "The 'ChangeQueries' feature is disabled.",
        type: 'urn:ed-fi:api:system:configuration:feature-disabled',
        title: 'Feature Disabled',
        status: 404,
        correlationId: 'cq-off',
      })
    },
  )

  it('still partitions the sessions (not part of the ChangeQueries feature)', async () => {
    const res = await getJson<{ pageTokens: string[] }>(server, 'data/v3/ed-fi/sessions/partitions')
    expect(res).toMatchObject({ status: 200, body: { pageTokens: [] } })
  })
})

describe('Use-Snapshot when snapshots are turned off', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ seed: 'reference', snapshots: false })
  })
  afterAll(() => server.close())

  it.each([
    'changeQueries/v1/availableChangeVersions',
    'data/v3/ed-fi/sessions/deletes',
    'data/v3/ed-fi/sessions/keyChanges',
    'data/v3/ed-fi/sessions/partitions',
  ])('GET %s -> 404 snapshot not found', async (path) => {
    const res = await getJson(server, path, { headers: SNAPSHOT })
    expect(res.status).toBe(404)
    expect(res.body).toEqual({
      detail: 'Snapshot not found.',
      type: 'urn:ed-fi:api:not-found',
      title: 'Not Found',
      status: 404,
      correlationId: expect.any(String),
      errors: ['The snapshot connection for the ODS has not been configured.'],
    })
  })

  it('reads live data without the header', async () => {
    expect((await getJson(server, 'changeQueries/v1/availableChangeVersions')).status).toBe(200)
  })
})
