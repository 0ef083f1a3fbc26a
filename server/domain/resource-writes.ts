import { nextChangeVersion, type Db } from '../db/database.ts'
import { findStored, insertRow, updateRow, type RowWrite } from '../db/resource-rows.ts'
import type { ApiClient } from './clients.ts'
import { etagFromLastModified, isoToTicks, newLastModified, parseEtag } from './etag.ts'
import { problems } from './problem.ts'

export interface ResourceWriteRequest {
  db: Db
  client: ApiClient
  ifMatch: string | undefined
  newId: () => string
}

export interface UpsertResult {
  created: boolean
  id: string
  etag: string
}

export function assertIfMatch(ifMatch: string | undefined, lastModifiedDate: string): void {
  if (ifMatch === undefined || ifMatch.trim() === '') return
  const parsed = parseEtag(ifMatch)
  if (parsed.kind === 'invalid-date') throw problems.invalidEtag()
  const differs = parsed.kind === 'not-a-number' || isoToTicks(parsed.lastModified) !== isoToTicks(lastModifiedDate)
  if (differs) throw problems.optimisticLockFailed()
}

export const writeStamp = (db: Db) => ({ lastModifiedDate: newLastModified(), changeVersion: nextChangeVersion(db) })

export function upsertResource(request: ResourceWriteRequest, prepare: () => RowWrite): UpsertResult {
  const { db } = request
  return db
    .transaction((): UpsertResult => {
      const write = prepare()
      const stored = findStored(db, write)
      if (!stored) {
        const id = request.newId()
        const stamp = writeStamp(db)
        insertRow(db, write, id, stamp)
        return { created: true, id, etag: etagFromLastModified(stamp.lastModifiedDate) }
      }
      assertIfMatch(request.ifMatch, stored.lastModifiedDate)
      if (stored.unchanged) return { created: false, id: stored.id, etag: etagFromLastModified(stored.lastModifiedDate) }
      const stamp = writeStamp(db)
      updateRow(db, write, stored.id, stamp)
      return { created: false, id: stored.id, etag: etagFromLastModified(stamp.lastModifiedDate) }
    })
    .immediate()
}
