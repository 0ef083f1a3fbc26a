import type { FastifyInstance } from 'fastify'
import { problems } from '../domain/problem.ts'

/** Every data, change-query and admin route needs "Authorization: Bearer <token>" (Ed-Fi's four 401 messages). */
export function registerBearerAuth(scope: FastifyInstance): void {
  scope.addHook('onRequest', async (request) => {
    const header = request.headers.authorization
    if (header === undefined) throw problems.authentication('Authorization header is missing.')
    const [scheme, ...rest] = header.trim().split(/\s+/)
    if (!scheme || scheme.toLowerCase() !== 'bearer') throw problems.authentication('Unknown Authorization header scheme.')
    const token = rest.join(' ')
    if (!token) throw problems.authentication('Missing Authorization header bearer token value.')
    const client = scope.ctx.tokens.verify(token)
    if (!client) throw problems.authentication('Invalid Authorization header.')
    request.apiClient = client
  })
}
