import type { FastifyInstance } from 'fastify'

// ODS/API v7.3 allows any origin, header and method, and exposes its headers, so browser clients
// served from anywhere (this SPA in `npm run dev`, a district's own tools) can read ETag,
// Location, Total-Count and Next-Page-Token. No credentials mode: the bearer token is a header.
const EXPOSED = 'ETag, Location, Total-Count, Next-Page-Token, Allow, Correlation-Id'

export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin
    if (!origin) return
    reply.header('Access-Control-Allow-Origin', '*')
    reply.header('Access-Control-Expose-Headers', EXPOSED)
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
