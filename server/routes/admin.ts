import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../context.ts'
import { currentChangeVersion } from '../db/database.ts'
import type { SnapshotStore } from '../db/snapshot.ts'
import { problems } from '../domain/problem.ts'
import { requireClient, sendJson } from './http.ts'
import { assertAdmin } from '../domain/authorization.ts'

// /admin/snapshot: not part of Ed-Fi. A real ODS gets its snapshot from a DBA job; here the demo
// UI and the tests refresh the Use-Snapshot copy on demand. Admin clients only (clients.json).

function requireSnapshots(ctx: AppContext): SnapshotStore {
  if (!ctx.snapshots) throw problems.snapshotNotFound()
  return ctx.snapshots
}

function describe(store: SnapshotStore) {
  const snapshot = store.get()
  if (!snapshot) throw problems.snapshotNotFound()
  return { takenAt: store.info().takenAt ?? null, newestChangeVersion: currentChangeVersion(snapshot) }
}

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  app.addHook('preHandler', async (request) => assertAdmin(requireClient(request)))

  app.post('/snapshot', async (_request, reply) => {
    const store = requireSnapshots(app.ctx)
    store.refresh()
    return sendJson(reply, 200, describe(store))
  })

  app.get('/snapshot', async (_request, reply) => {
    const store = requireSnapshots(app.ctx)
    return sendJson(reply, 200, describe(store))
  })
}
