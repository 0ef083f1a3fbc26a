import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ApiClient } from '../domain/clients.ts'
import { problems } from '../domain/problem.ts'
import type { TokenStore } from '../domain/tokens.ts'

export function authenticate(request: FastifyRequest, tokens: TokenStore): ApiClient {
  const header = request.headers.authorization
  if (header === undefined) throw problems.authentication('Authorization header is missing.')
  const [scheme, ...rest] = header.trim().split(/\s+/)
  if (!scheme || scheme.toLowerCase() !== 'bearer') throw problems.authentication('Unknown Authorization header scheme.')
  const token = rest.join(' ')
  if (!token) throw problems.authentication('Missing Authorization header bearer token value.')
  const client = tokens.verify(token)
  if (!client) throw problems.authentication('Invalid Authorization header.')
  return client
}

export function isProtectedPath(url: string): boolean {
  return /^\/api\/(\d{4}\/)?(data|changeQueries|admin)\//i.test(url)
}

export function registerBearerAuth(scope: FastifyInstance): void {
  scope.addHook('onRequest', async (request) => {
    request.apiClient = authenticate(request, scope.ctx.tokens)
  })
}
