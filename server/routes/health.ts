import type { FastifyInstance } from 'fastify'

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', async (_request, reply) => {
    app.ctx.db.prepare('SELECT 1').get()
    return reply.code(200).header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store').send('Healthy')
  })
}
