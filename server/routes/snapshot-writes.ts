import type { FastifyInstance } from 'fastify'
import { problems } from '../domain/problem.ts'
import { authenticate, isProtectedPath } from './bearer-auth.ts'

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** As in the ODS, a write that names a snapshot is refused before routing: any resource, any URL. */
export function registerSnapshotWriteRefusal(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (READS.has(request.method) || request.headers['use-snapshot'] === undefined) return
    if (!isProtectedPath(request.url)) return
    authenticate(request, app.ctx.tokens)
    throw problems.snapshotReadOnly()
  })
}
