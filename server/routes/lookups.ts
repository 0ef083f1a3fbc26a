import type { FastifyInstance } from 'fastify'

// TODO(skeleton): implemented in the embedded-API issue.
export async function lookupRoutes(app: FastifyInstance): Promise<void> {
  void app
}
