import type { FastifyInstance } from 'fastify'
import { readDb } from '../context.ts'
import type { ReadSpec } from '../db/resource-rows.ts'
import { readResource, readResourcePage } from '../domain/resource-reads.ts'
import { parseResourceListQuery } from '../domain/resource-query.ts'
import { requireClient } from './http.ts'
import { getRouteId, sendItem, sendPage } from './resource-http.ts'

type IdParams = { Params: { id: string } }
type ItemJson = Record<string, unknown> & { _etag: string }

export function registerResourceReads<Row extends { schoolId?: number }>(
  app: FastifyInstance,
  path: string,
  spec: ReadSpec,
  toJson: (row: Row) => ItemJson,
): void {
  app.get(path, { exposeHeadRoute: false }, async (request, reply) => {
    const query = parseResourceListQuery(request.query, spec.filters)
    const page = readResourcePage<Row>(readDb(app.ctx, request), requireClient(request), spec, query)
    return sendPage(reply, page.rows.map(toJson), page.totalCount)
  })

  app.get<IdParams>(`${path === '/' ? '' : path}/:id`, { exposeHeadRoute: false }, async (request, reply) => {
    const row = readResource<Row>(readDb(app.ctx, request), requireClient(request), spec, getRouteId(request.params.id))
    return sendItem(request, reply, toJson(row))
  })
}
