import type { FastifyInstance } from 'fastify'
import type { GroupCommit } from '../db/group-commit.ts'

const WRITES = new Set(['POST', 'PUT', 'DELETE', 'PATCH'])

/** A write is answered only once it is on disk; writes answered together share one flush (db/group-commit.ts). */
export function registerDurableWrites(app: FastifyInstance, commit: GroupCommit): void {
  app.addHook('onSend', async (request) => {
    if (WRITES.has(request.method)) await commit.durable()
  })
}
