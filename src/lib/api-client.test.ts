// The network door speaking the Ed-Fi protocol to the REAL embedded Ed-Fi API (own process, fresh
// database): JSON bodies, Location and ETag, If-None-Match, If-Match, Use-Snapshot, problem
// details on fields, change queries. Headers sent are read by wrapping globalThis.fetch.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { connectToEmbeddedApi } from '../testing/connect.ts'
import { startEmbeddedApi, type EmbeddedApi } from '../testing/embedded-api.ts'
import { readJson, request, requestChangeQueries } from './api-client.ts'
import { ApiError } from './api-error.ts'
import { readEtag } from './edfi/etags.ts'
import { readLocationId } from './edfi/location.ts'
import { readNextPageToken, readTotalCount } from './edfi/paging.ts'
import { sessionBody } from '../../test-support/builders.ts'

let api: EmbeddedApi
beforeAll(async () => {
  api = await startEmbeddedApi()
})
afterAll(() => api.stop())
beforeEach(() => {
  connectToEmbeddedApi(api)
})
afterEach(() => {
  vi.restoreAllMocks()
})

function spyOnFetch() {
  const spy = vi.spyOn(globalThis, 'fetch')
  return () =>
    spy.mock.calls.map(([input, init]) => ({ url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers) }))
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => {
      if (!(error instanceof ApiError)) throw error
      return error
    },
  )
}

const session = (sessionName: string, days = 5) => sessionBody(sessionName, { days })

const bySessionName = (name: string) => `ed-fi/sessions?schoolId=255901001&sessionName=${encodeURIComponent(name)}`

async function create(name: string): Promise<{ id: string; etag: string }> {
  const res = await request('ed-fi/sessions', { method: 'POST', json: session(name) })
  const id = readLocationId(res)
  const etag = readEtag(res)
  if (!id || !etag) throw new Error('POST answered without Location or ETag')
  return { id, etag }
}

describe('writes and Ed-Fi headers', () => {
  it('POSTs JSON and reads the id from Location and the bare ETag', async () => {
    const calls = spyOnFetch()
    const res = await request('ed-fi/sessions', { method: 'POST', json: session('Client created') })
    expect(res.status).toBe(201)
    expect(readLocationId(res)).toMatch(/^[0-9a-f]{32}$/)
    expect(readEtag(res)).toMatch(/^\d+$/)
    const sent = calls().find((c) => c.method === 'POST' && c.url.endsWith('/ed-fi/sessions'))
    expect(sent?.headers.get('content-type')).toBe('application/json')
    expect(sent?.headers.get('accept')).toBe('application/json')
    // An upsert of the same natural key updates the same item.
    const again = await request('ed-fi/sessions', { method: 'POST', json: session('Client created', 6) })
    expect(again.status).toBe(200)
    expect(readLocationId(again)).toBe(readLocationId(res))
  })

  it('returns 304 for If-None-Match with the current etag (not thrown), bare or quoted', async () => {
    const { id, etag } = await create('Client revalidated')
    const calls = spyOnFetch()
    const fresh = await request(`ed-fi/sessions/${id}`)
    expect(fresh.status).toBe(200)
    expect(readEtag(fresh)).toBe(etag)
    expect((await request(`ed-fi/sessions/${id}`, { ifNoneMatch: etag })).status).toBe(304)
    expect((await request(`ed-fi/sessions/${id}`, { ifNoneMatch: `"${etag}"` })).status).toBe(304)
    // Sent bare, as the ODS compares it without unquoting (see ifNoneMatchHeader).
    expect(calls().at(-1)?.headers.get('if-none-match')).toBe(etag)
    expect((await request(`ed-fi/sessions/${id}`, { ifNoneMatch: '123' })).status).toBe(200)
  })

  it('sends If-Match quoted; a stale etag is an ApiError 412 the UI can tell apart', async () => {
    const { id, etag } = await create('Client locked')
    const calls = spyOnFetch()
    const updated = await request(`ed-fi/sessions/${id}`, { method: 'PUT', json: session('Client locked', 7), ifMatch: etag })
    expect(updated.status).toBe(204)
    expect(calls().at(-1)?.headers.get('if-match')).toBe(`"${etag}"`)
    const newEtag = readEtag(updated)
    expect(newEtag).not.toBe(etag)

    const error = await rejection(
      request(`ed-fi/sessions/${id}`, { method: 'PUT', json: session('Client locked', 8), ifMatch: `"${etag}"` }),
    )
    expect(error).toMatchObject({ status: 412, kind: 'precondition-failed', isConflict412: true, title: 'Optimistic Lock Failed' })
    expect(error.summary).toMatch(/Someone else changed this record/)
    expect(error.correlationId).toBe(calls().at(-1)?.headers.get('correlation-id'))

    const deleted = await request(`ed-fi/sessions/${id}`, { method: 'DELETE', ifMatch: newEtag })
    expect(deleted.status).toBe(204)
    expect(await rejection(request(`ed-fi/sessions/${id}`))).toMatchObject({ isNotFound: true })
  })

  it('maps validation errors onto form field names', async () => {
    const body = { ...session(''), totalInstructionalDays: undefined }
    const error = await rejection(request('ed-fi/sessions', { method: 'POST', json: body }))
    expect(error).toMatchObject({ status: 400, kind: 'validation', isValidation: true })
    const fields = error.fieldErrors()
    expect(Object.keys(fields).sort()).toEqual(['sessionName', 'totalInstructionalDays'])
    expect(fields.sessionName?.[0]).toMatch(/SessionName/)
  })

  it('an unresolved reference is a 409 conflict in plain words', async () => {
    const gradingPeriodReference = {
      gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Semester',
      gradingPeriodName: 'No such grading period',
      schoolId: 255901001,
      schoolYear: 2022,
    }
    const body = { ...session('Client 409'), gradingPeriods: [{ gradingPeriodReference }] }
    const error = await rejection(request('ed-fi/sessions', { method: 'POST', json: body }))
    expect(error).toMatchObject({ status: 409, kind: 'conflict', isConflict409: true, isRetryable: false })
    expect(error.summary).toBe("The change conflicts with other data. The referenced 'GradingPeriod' item does not exist.")
  })
})

describe('Use-Snapshot', () => {
  it('reads the snapshot taken at start: a session created since is live but not in the snapshot', async () => {
    const name = 'Client after snapshot'
    await create(name)
    const calls = spyOnFetch()
    const live = await request(bySessionName(name))
    const snapshot = await request(bySessionName(name), { snapshot: true })
    expect(await live.json()).toHaveLength(1)
    expect(await snapshot.json()).toEqual([])
    const [liveCall, snapshotCall] = calls().filter((c) => c.url.includes('sessionName='))
    expect(liveCall?.headers.has('use-snapshot')).toBe(false)
    expect(snapshotCall?.headers.get('use-snapshot')).toBe('true')
  })

  it('a write with Use-Snapshot is refused by the API as read-only (405)', async () => {
    const error = await rejection(request('ed-fi/sessions', { method: 'POST', json: session('Client snapshot write'), snapshot: true }))
    expect(error).toMatchObject({ status: 405, kind: 'snapshot-read-only' })
    expect(error.summary).toMatch(/read-only/)
  })
})

describe('paging headers and change queries', () => {
  it('reads Total-Count and Next-Page-Token', async () => {
    const counted = await request('ed-fi/sessions?limit=2&totalCount=true')
    expect(readTotalCount(counted)).toBeGreaterThan(100)
    expect(readTotalCount(await request('ed-fi/sessions?limit=2'))).toBeUndefined()
    const first = readNextPageToken(counted)
    expect(first).toBeTruthy()
    const cursor = await request(`ed-fi/sessions?pageSize=2&pageToken=${encodeURIComponent(first ?? '')}`)
    const second = readNextPageToken(cursor)
    expect(second).toBeTruthy()
    expect(second).not.toBe(first)
  })

  it('requestChangeQueries reaches availableChangeVersions on the change-queries base', async () => {
    const calls = spyOnFetch()
    const res = await requestChangeQueries('availableChangeVersions')
    const body = await readJson(res, z.object({ oldestChangeVersion: z.number(), newestChangeVersion: z.number() }))
    expect(body.newestChangeVersion).toBeGreaterThanOrEqual(body.oldestChangeVersion)
    expect(calls().at(-1)?.url).toBe(`${api.apiRoot}/changeQueries/v1/availableChangeVersions`)
    expect(calls().at(-1)?.headers.get('authorization')).toMatch(/^Bearer /)
  })
})
