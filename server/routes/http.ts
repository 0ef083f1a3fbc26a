import { randomUUID } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ApiClient } from '../domain/clients.ts'
import { profileRoutes } from '../profiles/profile-routes.ts'

declare module 'fastify' {
  interface FastifyRequest {
    correlationId: string
    apiClient: ApiClient | undefined
  }
}

export function readCorrelationId(request: FastifyRequest): string {
  const header = request.headers['correlation-id']
  if (typeof header === 'string' && header.trim()) return header.trim()
  const query = request.query as Record<string, unknown> | undefined
  const fromQuery = query?.correlationId
  if (typeof fromQuery === 'string' && fromQuery.trim()) return fromQuery.trim()
  return randomUUID()
}

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

export function newResourceId(): string {
  return randomUUID().replaceAll('-', '')
}

export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body))
}
