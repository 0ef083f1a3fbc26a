import type { operations } from '../../lib/edfi/openapi-types.ts'

// Typed from the generated OpenAPI types: a dropped parameter breaks the Picks, an added one the check below.

type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>
type HeaderOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['header']>

type GetSessionsQuery = QueryOf<'getSessions'>

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
  snapshot?: HeaderOf<'getSessions'>['Use-Snapshot']
}

export type SessionListParams = SessionFilters &
  ChangeVersionWindow &
  SnapshotOption & {
    offset?: GetSessionsQuery['offset']
    /** Always sent: without it the ODS returns up to 500 rows (not the documented 25). */
    limit: NonNullable<GetSessionsQuery['limit']>
    /** Defaults to true here (a grid wants it); false skips the count. */
    totalCount?: GetSessionsQuery['totalCount']
  }

export type SessionCursorParams = SessionFilters &
  ChangeVersionWindow &
  SnapshotOption & {
    pageToken?: GetSessionsQuery['pageToken']
    pageSize: NonNullable<GetSessionsQuery['pageSize']>
  }

type ChangesQuery = QueryOf<'deletesSessions'>

export type SessionChangesParams = ChangeVersionWindow &
  SnapshotOption & {
    offset?: ChangesQuery['offset']
    limit: NonNullable<ChangesQuery['limit']>
    totalCount?: ChangesQuery['totalCount']
  }

type PartitionsQuery = QueryOf<'getSessionsPartitions'>

export type SessionPartitionsParams = SessionFilters &
  ChangeVersionWindow &
  SnapshotOption & {
    number?: PartitionsQuery['number']
    /** Not in the OpenAPI document, but read by the v7.3 PartitionsController. */
    allowSmallPartitions?: boolean
  }

export interface GetSessionOptions extends SnapshotOption {
  /** A 304 means the copy held is still current. */
  ifNoneMatch?: HeaderOf<'getSessionsById'>['If-None-Match']
}

export interface UpsertSessionOptions {
  /** The OpenAPI lists no header for POST, but the ODS checks If-Match on an upsert that updates. */
  ifMatch?: string
}

export interface LockedWriteOptions {
  ifMatch: NonNullable<HeaderOf<'putSession'>['If-Match']>
}

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

type Uncovered<Contract, Covered> = Exclude<keyof Contract, Covered>
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
