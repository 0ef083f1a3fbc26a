import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { readDb } from '../context.ts'
import type { TrackedKey } from '../db/changes-repo.ts'
import { readSessionDeletes, readSessionKeyChanges, readSessionPartitionStarts } from '../domain/session-reads.ts'
import { lowerCaseQuery, parseChangeQueryParams } from '../domain/change-query-params.ts'
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

function changeQueryContext(app: FastifyInstance, request: FastifyRequest) {
  if (!app.ctx.changeQueriesEnabled) throw problems.changeQueriesDisabled()
  const params = parseChangeQueryParams(lowerCaseQuery(request.query))
  return { db: readDb(app.ctx, request), client: requireClient(request), params }
}

export async function sessionChangeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/deletes', async (request, reply) => {
    const { db, client, params } = changeQueryContext(app, request)
    const { rows, totalCount } = readSessionDeletes(db, client, params)
    const items = rows.map((row) => ({
      id: row.id,
      changeVersion: row.changeVersion,
      keyValues: keyValues(row.keyValues),
    }))
    return sendPage(reply, items, totalCount)
  })

  app.get('/keyChanges', async (request, reply) => {
    const { db, client, params } = changeQueryContext(app, request)
    const { rows, totalCount } = readSessionKeyChanges(db, client, params)
    const items = rows.map((row) => ({
      id: row.id,
      changeVersion: row.changeVersion,
      oldKeyValues: keyValues(row.oldKeyValues),
      newKeyValues: keyValues(row.newKeyValues),
    }))
    return sendPage(reply, items, totalCount)
  })

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
