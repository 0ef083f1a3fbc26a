import type { Db } from '../db/database.ts'
import { countRows, findRowById, listRows, type ReadSpec } from '../db/resource-rows.ts'
import { assertAuthorizedForSchool, authorizedSchoolIds } from './authorization.ts'
import type { ApiClient } from './clients.ts'
import { problems } from './problem.ts'
import type { ResourceListQuery } from './resource-query.ts'

type SchoolRow = { schoolId?: number }

type Page<Row> = { rows: Row[]; totalCount?: number }

export function readResourcePage<Row>(db: Db, client: ApiClient, spec: ReadSpec, query: ResourceListQuery): Page<Row> {
  const schoolIds = spec.schoolColumn ? authorizedSchoolIds(db, client) : undefined
  const rowQuery = { filters: query.filters, schoolIds, offset: query.offset, limit: query.limit }
  const rows = query.limit === 0 ? [] : listRows<Row>(db, spec, rowQuery)
  return { rows, totalCount: query.totalCount ? countRows(db, spec, rowQuery) : undefined }
}

export function readResource<Row extends SchoolRow>(db: Db, client: ApiClient, spec: ReadSpec, id: string): Row {
  const row = findRowById<Row>(db, spec, id)
  if (!row) throw problems.itemNotFound()
  if (spec.schoolColumn && row.schoolId !== undefined) assertAuthorizedForSchool(db, client, row.schoolId)
  return row
}
