import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Problem, problems } from '../domain/problem.ts'
import { readCorrelationId } from './http.ts'
import { storageProblem } from '../domain/storage-problems.ts'
import { authenticate, isProtectedPath } from './bearer-auth.ts'

export function sendProblem(reply: FastifyReply, problem: Problem, correlationId: string): FastifyReply {
  if (problem.init.headers) reply.headers(problem.init.headers)
  const body = Buffer.from(JSON.stringify(problem.body(correlationId)))
  return reply.code(problem.init.status).header('content-type', problem.contentType).send(body)
}

function toProblem(error: FastifyError): Problem | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problems.unsupportedMediaType("The value specified in the 'Content-Type' header is not supported by this host.")
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem({
        status: 413,
        type: 'urn:ed-fi:api:bad-request',
        title: 'Payload Too Large',
        detail: 'The request body is larger than this host accepts.',
        errors: ['Request bodies are limited to 1 MiB.'],
      })
    default:
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return problems.badRequest([error.message])
      return undefined
  }
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.decorateRequest('correlationId', '')
  app.decorateRequest('apiClient', undefined)
  app.addHook('onRequest', async (request) => {
    request.correlationId = readCorrelationId(request)
  })

  // As in the ODS, authentication runs before routing: an unknown data route without a token is a 401.
  app.setNotFoundHandler((request, reply) => {
    if (isProtectedPath(request.url)) authenticate(request, app.ctx.tokens)
    return sendProblem(reply, problems.routeNotFound(), request.correlationId)
  })

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const correlationId = request.correlationId || readCorrelationId(request)
    if (error instanceof Problem) return sendProblem(reply, error, correlationId)
    const storage = storageProblem(error.code)
    if (storage) console.error(`[${correlationId}] storage failure ${error.code}: ${error.message}`)
    const mapped = storage ?? toProblem(error)
    if (mapped) return sendProblem(reply, mapped, correlationId)
    // A real fault: log it with the correlation id the caller sees, never the request body.
    request.log.error({ err: error, correlationId }, 'unhandled error')
    if (!app.log.level || app.log.level === 'silent') console.error(`[${correlationId}]`, error)
    return sendProblem(reply, problems.system(), correlationId)
  })
}
