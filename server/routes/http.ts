import { randomUUID } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ApiClient } from '../domain/clients.ts'
import { profileRoutes } from '../profiles/profile-routes.ts'

declare module 'fastify' {
  interface FastifyRequest {
    correlationId: string
    /** Set by the bearer-token hook on every protected route. */
    apiClient: ApiClient | undefined
  }
}

/** Ed-Fi takes the correlation id from the 'correlation-id' header, else the 'correlationId' query parameter. */
export function readCorrelationId(request: FastifyRequest): string {
  const header = request.headers['correlation-id']
  if (typeof header === 'string' && header.trim()) return header.trim()
  const query = request.query as Record<string, unknown> | undefined
  const fromQuery = query?.correlationId
  if (typeof fromQuery === 'string' && fromQuery.trim()) return fromQuery.trim()
  return randomUUID()
}

/** The API root as the caller addressed it, e.g. http://localhost:8765/api. */
export function apiRoot(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/api`
}

export function dataRoot(request: FastifyRequest): string {
  return `${apiRoot(request)}${profileRoutes(request.server.ctx.profile).data}`
}

export function requireClient(request: FastifyRequest): ApiClient {
  if (!request.apiClient) throw new Error('route is missing the bearer-token hook')
  return request.apiClient
}

/** Ed-Fi resource ids are 32 lowercase hex digits without dashes. */
export function newResourceId(): string {
  return randomUUID().replaceAll('-', '')
}

export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body))
}
