import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Problem } from '../domain/problem.ts'

// Unlike a real ODS/API (any origin): the demo credentials are public, so a page on another site
// must not be able to use a steward's local server.
const EXPOSED = 'ETag, Location, Total-Count, Next-Page-Token, Allow, Correlation-Id'
export const DEV_SERVER_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173', 'http://[::1]:5173']
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i

export interface OriginPolicy {
  corsOrigins: string[]
  /** Bound to loopback: refuse any Host that is not a loopback name (DNS rebinding). */
  loopbackOnly: boolean
}

const ownOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`

export function registerCors(app: FastifyInstance, policy: OriginPolicy): void {
  const allowed = new Set(policy.corsOrigins.map((origin) => origin.replace(/\/$/, '').toLowerCase()))
  app.addHook('onRequest', async (request, reply) => {
    if (policy.loopbackOnly && !LOOPBACK_HOST.test(request.host)) {
      throw new Problem({
        status: 421,
        type: 'urn:ed-fi:api:misdirected-request',
        title: 'Misdirected Request',
        detail: 'This server answers only requests addressed to localhost, 127.0.0.1 or [::1].',
      })
    }
    const origin = request.headers.origin
    if (!origin || !(allowed.has(origin.toLowerCase()) || origin.toLowerCase() === ownOrigin(request).toLowerCase())) return
    reply.header('Access-Control-Allow-Origin', origin).header('Vary', 'Origin').header('Access-Control-Expose-Headers', EXPOSED)
    const preflightMethod = request.headers['access-control-request-method']
    if (request.method === 'OPTIONS' && preflightMethod) {
      const requested = request.headers['access-control-request-headers']
      reply
        .header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS')
        .header('Access-Control-Allow-Headers', typeof requested === 'string' && requested ? requested : '*')
        .header('Access-Control-Max-Age', '600')
        .code(204)
        .send()
      return reply
    }
  })
}
