import type { FastifyInstance } from 'fastify'
import { isProtectedPath } from './bearer-auth.ts'

/** Every answer: no MIME sniffing. Data answers (a client's own records): never stored by a cache. */
export function registerResponseHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff')
    if (isProtectedPath(request.url)) reply.header('Cache-Control', 'no-store')
  })
}
