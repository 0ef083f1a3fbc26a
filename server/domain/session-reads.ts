import type { Db } from '../db/database.ts'
import {
  countSessionDeletes,
  countSessionKeyChanges,
  listSessionDeletes,
  listSessionKeyChanges,
  type DeleteRow,
  type KeyChangeRow,
} from '../db/changes-repo.ts'
import { partitionStartIds, type SessionFilters } from '../db/partitions-repo.ts'
import { countSessions, findSessionById, type StoredSession } from '../db/sessions-repo.ts'
import { assertAuthorizedForSchool, authorizedSchoolIds } from './authorization.ts'
import type { ChangeQueryParams } from './change-query-params.ts'
import type { ApiClient } from './clients.ts'
import { encodePageToken } from './page-token.ts'
import { problems } from './problem.ts'
import { readSessionBodies } from './session-bodies.ts'
import type { SessionListQuery } from './session-paging.ts'

// Every read of sessions and their change history, scoped to what the client's claims cover. Routes
// call these and only translate HTTP, so a new read cannot forget the check.

export interface SessionPage {
  body: Buffer
  totalCount?: number
  nextPageToken?: string
}

export function readSessionPage(db: Db, client: ApiClient, query: SessionListQuery): SessionPage {
  const schoolIds = authorizedSchoolIds(db, client)
  const { paging } = query
  const repoPaging = paging.mode === 'offset' ? { offset: paging.offset, limit: paging.limit } : paging
  // limit=0 asks for no items (only, perhaps, the count): the ODS skips the page query.
  const countOnly = paging.mode === 'offset' && paging.limit === 0
  const page = countOnly
    ? { body: Buffer.from('[]'), lastSessionId: undefined }
    : readSessionBodies(db, { filters: query.filters, schoolIds, paging: repoPaging })
  const last = page.lastSessionId
  return {
    body: page.body,
    totalCount: query.totalCount ? countSessions(db, query.filters, schoolIds) : undefined,
    nextPageToken:
      last !== undefined ? encodePageToken({ from: last + 1, to: paging.mode === 'cursor' ? paging.to : undefined }) : undefined,
  }
}

export function readSession(db: Db, client: ApiClient, id: string): StoredSession {
  const session = findSessionById(db, id)
  if (!session) throw problems.itemNotFound()
  assertAuthorizedForSchool(db, client, session.schoolId)
  return session
}

const changePage = (db: Db, client: ApiClient, params: ChangeQueryParams) => ({ ...params, schoolIds: authorizedSchoolIds(db, client) })

export function readSessionDeletes(db: Db, client: ApiClient, params: ChangeQueryParams): { rows: DeleteRow[]; totalCount?: number } {
  const page = changePage(db, client, params)
  return { rows: listSessionDeletes(db, page), totalCount: params.totalCount ? countSessionDeletes(db, page) : undefined }
}

export function readSessionKeyChanges(db: Db, client: ApiClient, params: ChangeQueryParams): { rows: KeyChangeRow[]; totalCount?: number } {
  const page = changePage(db, client, params)
  return { rows: listSessionKeyChanges(db, page), totalCount: params.totalCount ? countSessionKeyChanges(db, page) : undefined }
}

export function readSessionPartitionStarts(
  db: Db,
  client: ApiClient,
  query: { filters: SessionFilters; numberOfPartitions: number; minimumPartitionSize: number },
): number[] {
  return partitionStartIds(db, { ...query, schoolIds: authorizedSchoolIds(db, client) })
}
