import type { FastifyInstance, FastifyReply } from 'fastify'
import { readDb } from '../context.ts'
import type { TrackedKey } from '../db/changes-repo.ts'
import type { Db } from '../db/database.ts'
import { readSessionDeletes, readSessionKeyChanges, readSessionPartitionStarts } from '../domain/session-reads.ts'
import { lowerCaseQuery, parseChangeQueryParams, type ChangeQueryParams } from '../domain/change-query-params.ts'
import type { ApiClient } from '../domain/clients.ts'
import { parseSessionPropertyFilters } from '../domain/session-paging.ts'
import { problems } from '../domain/problem.ts'
import { parsePartitionOptions, partitionPageTokens, partitionSizing } from '../domain/session-partitions.ts'
import { ErrorBag } from '../domain/validation-errors.ts'
import { requireClient, sendJson } from './http.ts'

// Registered before the /{id} routes so these names never reach GET-by-id.

function keyValues(key: TrackedKey) {
  return { sessionName: key.sessionName, schoolId: key.schoolId, schoolYear: key.schoolYear }
}

function sendPage(reply: FastifyReply, items: unknown[], totalCount: number | undefined): FastifyReply {
  if (totalCount !== undefined) reply.header('Total-Count', String(totalCount))
  return sendJson(reply, 200, items)
}

type ChangeRead<Row> = (db: Db, client: ApiClient, params: ChangeQueryParams) => { rows: Row[]; totalCount?: number }

function changeRoute<Row>(app: FastifyInstance, url: string, read: ChangeRead<Row>, toItem: (row: Row) => unknown): void {
  app.get(url, async (request, reply) => {
    if (!app.ctx.changeQueriesEnabled) throw problems.changeQueriesDisabled()
    const params = parseChangeQueryParams(lowerCaseQuery(request.query))
    const { rows, totalCount } = read(readDb(app.ctx, request), requireClient(request), params)
    return sendPage(reply, rows.map(toItem), totalCount)
  })
}

export async function sessionChangeRoutes(app: FastifyInstance): Promise<void> {
  changeRoute(app, '/deletes', readSessionDeletes, (row) => ({
    id: row.id,
    changeVersion: row.changeVersion,
    keyValues: keyValues(row.keyValues),
  }))

  changeRoute(app, '/keyChanges', readSessionKeyChanges, (row) => ({
    id: row.id,
    changeVersion: row.changeVersion,
    oldKeyValues: keyValues(row.oldKeyValues),
    newKeyValues: keyValues(row.newKeyValues),
  }))

  app.get('/partitions', async (request, reply) => {
    const query = lowerCaseQuery(request.query)
    const options = parsePartitionOptions(query)
    const { minChangeVersion, maxChangeVersion } = options
    // v7.3 binds these filters and discards the result: a value that does not bind drops that filter.
    const filters = { ...parseSessionPropertyFilters(query, new ErrorBag()), minChangeVersion, maxChangeVersion }
    const startIds = readSessionPartitionStarts(readDb(app.ctx, request), requireClient(request), { filters, ...partitionSizing(options) })
    return sendJson(reply, 200, { pageTokens: partitionPageTokens(startIds, options.requested) })
  })
}
