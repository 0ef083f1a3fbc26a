import type { FastifyInstance } from 'fastify'
import { readDb } from '../context.ts'
import { currentChangeVersion } from '../db/database.ts'
import { problems } from '../domain/problem.ts'
import { sendJson } from './http.ts'

// /changeQueries/v1: the Available Change Versions API (change-queries-api-1.0.0). The newest
// version is the last value handed out by the database-wide sequence (ODS GetMaxChangeVersion());
// the ODS never purges tracked changes, so the oldest available version is always 0.
export async function changeQueryRoutes(app: FastifyInstance): Promise<void> {
  app.get('/availableChangeVersions', async (request, reply) => {
    if (!app.ctx.changeQueriesEnabled) throw problems.changeQueriesDisabled()
    const db = readDb(app.ctx, request)
    return sendJson(reply, 200, { oldestChangeVersion: 0, newestChangeVersion: currentChangeVersion(db) })
  })
}
