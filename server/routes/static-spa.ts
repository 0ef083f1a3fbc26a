import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { problems } from '../domain/problem.ts'
import { sendProblem } from './errors.ts'
import { authenticate, isProtectedPath } from './bearer-auth.ts'

/** Serves the built SPA at "/", with index.html for client-side routes; /api stays Ed-Fi's. */
export async function registerStaticSpa(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] })
  app.get('/*', (request, reply) => {
    if (request.url.startsWith('/api')) {
      if (isProtectedPath(request.url)) authenticate(request, app.ctx.tokens)
      return sendProblem(reply, problems.routeNotFound(), request.correlationId)
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html')
  })
}
