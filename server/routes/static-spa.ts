import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { problems } from '../domain/problem.ts'
import { sendProblem } from './errors.ts'
import { authenticate, isProtectedPath } from './bearer-auth.ts'

// The SPA talks to whichever ODS/API root the steward configures, so connect-src stays open to
// http(s); everything else is this origin only, and no other site may frame it.
export const SPA_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export async function registerStaticSpa(app: FastifyInstance, root: string): Promise<void> {
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api')) return
    reply.header('Content-Security-Policy', SPA_CSP).header('Referrer-Policy', 'no-referrer')
  })
  await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] })
  app.get('/*', (request, reply) => {
    if (request.url.startsWith('/api')) {
      if (isProtectedPath(request.url)) authenticate(request, app.ctx.tokens)
      return sendProblem(reply, problems.routeNotFound(), request.correlationId)
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html')
  })
}
