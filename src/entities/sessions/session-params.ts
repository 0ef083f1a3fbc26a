import type { operations } from '../../lib/edfi/openapi-types.ts'

// Parameters of every sessions operation, typed from the generated OpenAPI types so that a
// contract change breaks the build: a parameter the contract drops fails the Picks below, and one
// it adds fails the coverage check at the bottom until an endpoint function sends it.

type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>
type HeaderOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['header']>

type GetSessionsQuery = QueryOf<'getSessions'>

/** The eight exact-match property filters (no ranges, no "contains"; text matching follows the server's collation). */
export type SessionFilters = Pick<
  GetSessionsQuery,
  'sessionName' | 'schoolId' | 'schoolYear' | 'termDescriptor' | 'beginDate' | 'endDate' | 'id' | 'totalInstructionalDays'
>

export const SESSION_FILTER_NAMES = [
  'sessionName',
  'schoolId',
  'schoolYear',
  'termDescriptor',
  'beginDate',
  'endDate',
  'id',
  'totalInstructionalDays',
] as const satisfies readonly (keyof SessionFilters)[]

/** Both bounds are inclusive. */
export type ChangeVersionWindow = Pick<GetSessionsQuery, 'minChangeVersion' | 'maxChangeVersion'>

export interface SnapshotOption {
  /** Sends `Use-Snapshot: true`: read the server's snapshot instead of live data. */
  snapshot?: HeaderOf<'getSessions'>['Use-Snapshot']
}

export type SessionListParams = SessionFilters &
  ChangeVersionWindow &
  SnapshotOption & {
    offset?: GetSessionsQuery['offset']
    /** Always sent: without it the ODS returns up to 500 rows (its runtime default, not the documented 25). */
    limit: NonNullable<GetSessionsQuery['limit']>
    /** Asks for Total-Count (-> `total`). Defaults to true here, since a grid wants it; false skips the count. */
    totalCount?: GetSessionsQuery['totalCount']
  }

export type SessionCursorParams = SessionFilters &
  ChangeVersionWindow &
  SnapshotOption & {
    /** A Next-Page-Token or a partition token; omitted: the first page of the whole (filtered) set. */
    pageToken?: GetSessionsQuery['pageToken']
    pageSize: NonNullable<GetSessionsQuery['pageSize']>
  }

type ChangesQuery = QueryOf<'deletesSessions'>

export type SessionChangesParams = ChangeVersionWindow &
  SnapshotOption & {
    offset?: ChangesQuery['offset']
    limit: NonNullable<ChangesQuery['limit']>
    /** As the API: no Total-Count unless asked for. */
    totalCount?: ChangesQuery['totalCount']
  }

type PartitionsQuery = QueryOf<'getSessionsPartitions'>

export type SessionPartitionsParams = SessionFilters &
  ChangeVersionWindow &
  SnapshotOption & {
    /** 1..200; the ODS uses 10 when omitted. */
    number?: PartitionsQuery['number']
    /**
     * Not in the OpenAPI document but read by the v7.3 PartitionsController (and its Postman suite):
     * without it a partition holds at least 2,500 rows, so small sets come back as one partition.
     */
    allowSmallPartitions?: boolean
  }

export interface GetSessionOptions extends SnapshotOption {
  /** The etag of the copy already held: a 304 means it is still current. */
  ifNoneMatch?: HeaderOf<'getSessionsById'>['If-None-Match']
}

export interface UpsertSessionOptions {
  /**
   * Sent when updating a known record, so a POST cannot overwrite someone else's change. The OpenAPI
   * document lists no header for POST, but the ODS checks If-Match on an upsert that updates.
   */
  ifMatch?: string
}

/** Required: without If-Match the ODS applies the write whatever changed since the record was read. */
export interface LockedWriteOptions {
  ifMatch: NonNullable<HeaderOf<'putSession'>['If-Match']>
}

/** The query string of a request: the named members only, undefined left out so server defaults apply. */
export function pickSearch<T extends object, K extends keyof T & string>(
  params: T,
  names: readonly K[],
): Record<string, string | number | boolean | undefined> {
  const search: Record<string, string | number | boolean | undefined> = {}
  for (const name of names) {
    const value = params[name]
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') search[name] = value
  }
  return search
}

// ---- Coverage: every parameter of every operation is sent by some endpoint function -------------

type Uncovered<Contract, Covered> = Exclude<keyof Contract, Covered>
/** `true` when nothing is uncovered; otherwise a type naming the uncovered parameters, and `true` no longer fits. */
type Covers<Contract, Covered> = [Uncovered<Contract, Covered>] extends [never] ? true : { uncovered: Uncovered<Contract, Covered> }

interface HeaderOptions {
  snapshot: 'Use-Snapshot'
  ifNoneMatch: 'If-None-Match'
  ifMatch: 'If-Match'
}
type Headers<K extends keyof HeaderOptions> = HeaderOptions[K]

export const contractCoverage: {
  getSessions: Covers<GetSessionsQuery, keyof SessionListParams | keyof SessionCursorParams>
  getSessionsHeaders: Covers<HeaderOf<'getSessions'>, Headers<'snapshot'>>
  getSessionsById: Covers<HeaderOf<'getSessionsById'>, Headers<'snapshot' | 'ifNoneMatch'>>
  putSession: Covers<HeaderOf<'putSession'>, Headers<'ifMatch'>>
  deleteSessionById: Covers<HeaderOf<'deleteSessionById'>, Headers<'ifMatch'>>
  deletesSessions: Covers<QueryOf<'deletesSessions'>, keyof SessionChangesParams>
  deletesSessionsHeaders: Covers<HeaderOf<'deletesSessions'>, Headers<'snapshot'>>
  keyChangesSessions: Covers<QueryOf<'keyChangesSessions'>, keyof SessionChangesParams>
  keyChangesSessionsHeaders: Covers<HeaderOf<'keyChangesSessions'>, Headers<'snapshot'>>
  getSessionsPartitions: Covers<PartitionsQuery, keyof SessionPartitionsParams>
  getSessionsPartitionsHeaders: Covers<HeaderOf<'getSessionsPartitions'>, Headers<'snapshot'>>
} = {
  getSessions: true,
  getSessionsHeaders: true,
  getSessionsById: true,
  putSession: true,
  deleteSessionById: true,
  deletesSessions: true,
  deletesSessionsHeaders: true,
  keyChangesSessions: true,
  keyChangesSessionsHeaders: true,
  getSessionsPartitions: true,
  getSessionsPartitionsHeaders: true,
}
