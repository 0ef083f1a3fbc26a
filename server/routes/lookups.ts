import type { FastifyInstance } from 'fastify'
import { LOOKUP_SPECS, type LookupName } from '../db/lookups-repo.ts'
import { readLookupBody } from '../domain/lookup-bodies.ts'
import { LOOKUP_JSON } from '../domain/lookup-json.ts'
import { writeLookup } from '../domain/lookup-writes.ts'
import { assertNoClientId, bodyWriteGuard, postBody, sendUpsert, unsupportedMethod, writeRequest } from './resource-http.ts'
import { registerResourceReads } from './resource-read-routes.ts'

const LOOKUPS = Object.keys(LOOKUP_SPECS) as LookupName[]

type Row = { schoolId?: number }

export async function lookupRoutes(app: FastifyInstance): Promise<void> {
  for (const name of LOOKUPS) {
    const spec = LOOKUP_SPECS[name]
    const toJson = LOOKUP_JSON[name] as (row: unknown) => Record<string, unknown> & { _etag: string }

    registerResourceReads<Row>(app, `/${name}`, spec, toJson)

    app.post(`/${name}`, { onRequest: bodyWriteGuard }, async (request, reply) => {
      const value = postBody(request)
      assertNoClientId(value)
      const input = readLookupBody(app.ctx.db, name, value)
      return sendUpsert(request, reply, name, writeLookup(writeRequest(request), input))
    })

    app.route({ method: ['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'], url: `/${name}`, handler: unsupportedMethod })
    app.route({ method: ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'], url: `/${name}/:id`, handler: unsupportedMethod })
  }
}
