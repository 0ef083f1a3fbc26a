// getSession, upsertSession, updateSession and deleteSession against the REAL embedded Ed-Fi API.
import { describe, expect, it, vi } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { getSession } from './get-session.ts'
import { listSessions } from './list-sessions.ts'
import { toSessionBody } from './session-schema.ts'
import { changeAsAnotherClient, rejection, sessionBody, spyOnFetch, uniqueName } from '../../testing/session-test-support.tsx'
import { deleteSession, updateSession, upsertSession } from './write-session.ts'

const api = setUpEmbeddedApi()

async function read(id: string) {
  const answer = await getSession(id)
  if (answer.notModified) throw new Error('unexpected 304')
  return answer
}

describe('getSession', () => {
  it('reads the record with its etag (ETag header = body _etag, unquoted)', async () => {
    const { items } = await listSessions({ sessionName: '2021-2022 Fall Semester', schoolId: 255901001, limit: 1 })
    const answer = await read(items[0]!.id)
    expect(answer.session).toMatchObject({ sessionName: '2021-2022 Fall Semester', totalInstructionalDays: 81 })
    expect(answer.session.gradingPeriods?.length).toBeGreaterThan(0)
    expect(answer.session.academicWeeks?.length).toBeGreaterThan(0)
    expect(answer.etag).toMatch(/^\d+$/)
    expect(answer.etag).toBe(answer.session._etag)
  })

  it('answers { notModified: true } to a 304 for If-None-Match with the current etag, and the record once it changed', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Revalidate')))
    const sent = spyOnFetch()
    expect(await getSession(id, { ifNoneMatch: etag })).toEqual({ notModified: true })
    expect(sent()[0]!.headers.get('if-none-match')).toBe(etag)
    expect((await sent()[0]!.response).status).toBe(304)
    const newEtag = await changeAsAnotherClient(api, id, (s) => (s.totalInstructionalDays = 4))
    const changed = await getSession(id, { ifNoneMatch: etag })
    expect(changed).toMatchObject({ notModified: false, etag: newEtag, session: { totalInstructionalDays: 4 } })
  })

  it('snapshot: a session created after the snapshot is not found there', async () => {
    const { id } = await upsertSession(sessionBody(uniqueName('Not in snapshot')))
    const sent = spyOnFetch()
    const error = await rejection(getSession(id, { snapshot: true }))
    expect(error).toMatchObject({ status: 404, kind: 'not-found' })
    expect(sent()[0]!.headers.get('use-snapshot')).toBe('true')
    const { items } = await listSessions({ limit: 1, snapshot: true })
    expect((await getSession(items[0]!.id, { snapshot: true })).notModified).toBe(false)
  })

  it('an unknown id is a 404 ApiError', async () => {
    expect(await rejection(getSession('0'.repeat(31) + '1'))).toMatchObject({ status: 404, isNotFound: true })
  })
})

describe('upsertSession (POST)', () => {
  it('creates (201) and then updates by natural key (200): same id from Location, a new etag', async () => {
    const name = uniqueName('Upsert')
    const created = await upsertSession(sessionBody(name))
    expect(created).toEqual({ created: true, id: expect.stringMatching(/^[0-9a-f]{32}$/), etag: expect.stringMatching(/^\d+$/) })
    const updated = await upsertSession(sessionBody(name, { totalInstructionalDays: 4 }))
    expect(updated).toMatchObject({ created: false, id: created.id })
    expect(updated.etag).not.toBe(created.etag)
    expect((await read(created.id)).session.totalInstructionalDays).toBe(4)
  })

  it('sends If-Match only when given; a stale one is a 412', async () => {
    const name = uniqueName('Upsert locked')
    const sent = spyOnFetch()
    const { id, etag } = await upsertSession(sessionBody(name))
    expect(sent()[0]!.headers.has('if-match')).toBe(false)
    const next = await upsertSession(sessionBody(name, { totalInstructionalDays: 3 }), { ifMatch: etag })
    expect(sent()[1]!.headers.get('if-match')).toBe(`"${etag}"`)
    expect(await rejection(upsertSession(sessionBody(name, { totalInstructionalDays: 2 }), { ifMatch: etag }))).toMatchObject({
      status: 412,
    })
    expect((await read(id)).etag).toBe(next.etag)
  })

  it('never sends the id, metadata or links of a record read back', async () => {
    const { id } = await upsertSession(sessionBody(uniqueName('Round trip')))
    const { session } = await read(id)
    const sent = spyOnFetch()
    expect(await upsertSession({ ...session, totalInstructionalDays: 1 })).toMatchObject({ created: false, id })
    const body = JSON.parse(String(vi.mocked(globalThis.fetch).mock.calls.at(-1)![1]!.body)) as Record<string, unknown>
    expect(body).toEqual(toSessionBody({ ...session, totalInstructionalDays: 1 }))
    expect(body).not.toHaveProperty('id')
    expect(sent()).toHaveLength(1)
  })

  it('a 400 carries validationErrors keyed by JSON path, mapped to form fields', async () => {
    const error = await rejection(upsertSession(sessionBody('x'.repeat(61), { totalInstructionalDays: -1 })))
    expect(error).toMatchObject({ status: 400, kind: 'validation' })
    expect(Object.keys(error.validationErrors).sort()).toEqual(['$.sessionName', '$.totalInstructionalDays'])
    expect(Object.keys(error.fieldErrors()).sort()).toEqual(['sessionName', 'totalInstructionalDays'])
    const descriptor = await rejection(
      upsertSession(sessionBody(uniqueName('Bad term'), { termDescriptor: 'uri://ed-fi.org/TermDescriptor#Nope' })),
    )
    expect(descriptor.fieldErrors().termDescriptor).toEqual(["TermDescriptor value 'uri://ed-fi.org/TermDescriptor#Nope' does not exist."])
  })
})

describe('updateSession (PUT)', () => {
  it('requires If-Match by type, sends it quoted and returns the new etag', async () => {
    const name = uniqueName('Put')
    const { id, etag } = await upsertSession(sessionBody(name))
    // @ts-expect-error If-Match is required: a PUT without it would overwrite whatever changed meanwhile.
    void (() => updateSession(id, sessionBody(name), {}))
    const sent = spyOnFetch()
    const result = await updateSession(id, sessionBody(name, { endDate: '2022-01-06', totalInstructionalDays: 4 }), { ifMatch: etag })
    expect(result.id).toBe(id)
    expect(result.etag).not.toBe(etag)
    expect(sent()[0]).toMatchObject({ method: 'PUT' })
    expect(sent()[0]!.headers.get('if-match')).toBe(`"${etag}"`)
    expect((await read(id)).session).toMatchObject({ endDate: '2022-01-06', totalInstructionalDays: 4, _etag: result.etag })
  })

  it('may change the natural key (Session allows it)', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Old key')))
    const renamed = uniqueName('New key')
    await updateSession(id, sessionBody(renamed), { ifMatch: etag })
    expect((await read(id)).session.sessionName).toBe(renamed)
  })

  it('a stale etag is a 412; an unknown id a 404', async () => {
    const name = uniqueName('Stale')
    const { id, etag } = await upsertSession(sessionBody(name))
    await changeAsAnotherClient(api, id, (s) => (s.totalInstructionalDays = 2))
    expect(await rejection(updateSession(id, sessionBody(name), { ifMatch: etag }))).toMatchObject({
      status: 412,
      kind: 'precondition-failed',
      title: 'Optimistic Lock Failed',
    })
    expect(await rejection(updateSession('0'.repeat(31) + '2', sessionBody(name), { ifMatch: etag }))).toMatchObject({ status: 404 })
  })
})

describe('deleteSession', () => {
  it('requires If-Match by type and deletes with it', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Delete')))
    // @ts-expect-error If-Match is required.
    void (() => deleteSession(id, {}))
    const sent = spyOnFetch()
    await deleteSession(id, { ifMatch: etag })
    expect(sent()[0]).toMatchObject({ method: 'DELETE' })
    expect(sent()[0]!.headers.get('if-match')).toBe(`"${etag}"`)
    expect(await rejection(getSession(id))).toMatchObject({ status: 404 })
  })

  it('a session that course offerings refer to answers 409 and stays', async () => {
    const { items } = await listSessions({ schoolId: 255901001, schoolYear: 2024, sessionName: '2023-2024 Fall Semester', limit: 1 })
    const { session, etag } = await read(items[0]!.id)
    const error = await rejection(deleteSession(session.id, { ifMatch: etag }))
    expect(error).toMatchObject({ status: 409, kind: 'conflict', isConflict409: true })
    expect(error.detail).toMatch(/CourseOffering/i)
    expect((await read(session.id)).etag).toBe(etag)
  })

  it('a stale etag is a 412', async () => {
    const { id, etag } = await upsertSession(sessionBody(uniqueName('Delete stale')))
    await changeAsAnotherClient(api, id, (s) => (s.totalInstructionalDays = 1))
    expect(await rejection(deleteSession(id, { ifMatch: etag }))).toMatchObject({ status: 412 })
  })
})
