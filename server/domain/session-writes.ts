import { nextChangeVersion, type Db } from '../db/database.ts'
import { findSessionById, findSessionByKey, type StoredSession } from '../db/sessions-repo.ts'
import {
  deleteSession,
  hasCourseOfferings,
  insertSession,
  recordTrackedChange,
  resolveSessionReferences,
  updateSession,
  type ResolvedReferences,
} from '../db/sessions-write-repo.ts'
import { assertAuthorizedForSchool } from './authorization.ts'
import type { ApiClient } from './clients.ts'
import { etagFromLastModified, isoToTicks, newLastModified, parseEtag } from './etag.ts'
import { problems } from './problem.ts'
import { storeBodyOf } from './session-bodies.ts'
import type { SessionInput, SessionKey } from './session-types.ts'

// Each write is one synchronous IMMEDIATE transaction: the If-Match check and the write cannot
// interleave, so of N concurrent writes with the same If-Match exactly one succeeds (others 412).

export interface WriteRequest {
  db: Db
  client: ApiClient
  ifMatch: string | undefined
  newId: () => string
}

export interface WriteResult {
  id: string
  etag: string
}

/** ODS ETagProvider: quotes trimmed; a long that is no DateTime -> 400; anything else that differs -> 412. */
function assertIfMatch(ifMatch: string | undefined, current: StoredSession): void {
  if (ifMatch === undefined || ifMatch.trim() === '') return
  const parsed = parseEtag(ifMatch)
  if (parsed.kind === 'invalid-date') throw problems.invalidEtag()
  if (parsed.kind === 'not-a-number' || isoToTicks(parsed.lastModified) !== isoToTicks(current.lastModifiedDate)) {
    throw problems.optimisticLockFailed()
  }
}

function resolve(db: Db, input: SessionInput): ResolvedReferences {
  const resolution = resolveSessionReferences(db, input)
  // Validation has already checked the term descriptor, so 'TermDescriptor' can only come from a race.
  if (!resolution.ok) throw problems.unresolvedReference(resolution.missing)
  return resolution.refs
}

const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(',')

function unchanged(current: StoredSession, input: SessionInput, refs: ResolvedReferences, compareKey: boolean): boolean {
  if (compareKey && !sameKeyExactly(current, input)) return false
  return (
    current.termDescriptorId === refs.termDescriptorId &&
    current.beginDate === input.beginDate &&
    current.endDate === input.endDate &&
    current.totalInstructionalDays === input.totalInstructionalDays &&
    sorted(current.gradingPeriods.map((p) => p.gradingPeriodId)) === sorted(refs.gradingPeriodIds) &&
    sorted(current.academicWeeks.map((w) => w.academicWeekId)) === sorted(refs.academicWeekIds)
  )
}

const keyOf = (s: SessionKey): SessionKey => ({ schoolId: s.schoolId, schoolYear: s.schoolYear, sessionName: s.sessionName })
const sameKeyExactly = (a: SessionKey, b: SessionKey) =>
  a.schoolId === b.schoolId && a.schoolYear === b.schoolYear && a.sessionName === b.sessionName

const stamp = (db: Db) => ({ lastModifiedDate: newLastModified(), changeVersion: nextChangeVersion(db) })

export function upsertSession(request: WriteRequest, input: SessionInput): WriteResult & { created: boolean } {
  const { db } = request
  assertAuthorizedForSchool(db, request.client, input.schoolId)
  return db
    .transaction(() => {
      const refs = resolve(db, input)
      const current = findSessionByKey(db, input)
      if (!current) {
        const id = request.newId()
        const written = stamp(db)
        storeBodyOf(db, insertSession(db, input, refs, id, written))
        return { created: true, id, etag: etagFromLastModified(written.lastModifiedDate) }
      }
      assertIfMatch(request.ifMatch, current)
      // An upsert keeps the stored key spelling; an identical body changes nothing, etag included.
      if (unchanged(current, input, refs, false)) {
        return { created: false, id: current.id, etag: etagFromLastModified(current.lastModifiedDate) }
      }
      const written = stamp(db)
      updateSession(db, current.sessionId, { ...input, ...keyOf(current) }, refs, written)
      storeBodyOf(db, current.sessionId)
      return { created: false, id: current.id, etag: etagFromLastModified(written.lastModifiedDate) }
    })
    .immediate()
}

export function replaceSession(request: WriteRequest, id: string, input: SessionInput): WriteResult {
  const { db, client } = request
  return db
    .transaction(() => {
      const current = findSessionById(db, id)
      if (!current) throw problems.updateTargetNotFound()
      assertAuthorizedForSchool(db, client, current.schoolId)
      assertIfMatch(request.ifMatch, current)
      assertAuthorizedForSchool(db, client, input.schoolId)
      const refs = resolve(db, input)
      const keyChanged = !sameKeyExactly(current, input)
      if (keyChanged) {
        const holder = findSessionByKey(db, input)
        if (holder && holder.sessionId !== current.sessionId) {
          const keyValues = [input.schoolId, input.schoolYear, input.sessionName]
          throw problems.nonUniqueIdentity('Session', ['SchoolId', 'SchoolYear', 'SessionName'], keyValues)
        }
      }
      if (unchanged(current, input, refs, true)) return { id, etag: etagFromLastModified(current.lastModifiedDate) }
      const written = stamp(db)
      updateSession(db, current.sessionId, input, refs, written)
      storeBodyOf(db, current.sessionId)
      // The ODS trigger takes a second change version for the tracked key change, after the row's.
      if (keyChanged) {
        recordTrackedChange(db, {
          kind: 'keyChange',
          id,
          oldKey: keyOf(current),
          newKey: keyOf(input),
          changeVersion: nextChangeVersion(db),
        })
      }
      return { id, etag: etagFromLastModified(written.lastModifiedDate) }
    })
    .immediate()
}

export function removeSession(request: WriteRequest, id: string): void {
  const { db } = request
  db.transaction(() => {
    const current = findSessionById(db, id)
    if (!current) throw problems.deleteTargetNotFound()
    assertAuthorizedForSchool(db, request.client, current.schoolId)
    assertIfMatch(request.ifMatch, current)
    if (hasCourseOfferings(db, current)) throw problems.dependentItemExists('CourseOffering')
    deleteSession(db, current.sessionId)
    recordTrackedChange(db, { kind: 'delete', id, oldKey: keyOf(current), changeVersion: nextChangeVersion(db) })
  }).immediate()
}
