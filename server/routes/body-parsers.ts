import type { FastifyInstance, FastifyRequest } from 'fastify'
import { problems } from '../domain/problem.ts'

/** JSON bodies arrive as raw text so that malformed JSON gets Ed-Fi's answer, not Fastify's. */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeContentTypeParser(['application/json'])
  app.addContentTypeParser(/^application\/([\w.-]+\+)?json\s*(;.*)?$/i, { parseAs: 'string' }, (_request, body, done) => done(null, body))
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  )
}

export function rawJsonBody(request: FastifyRequest): string | undefined {
  const body = request.body
  if (body === undefined || body === null) return undefined
  if (typeof body !== 'string') return undefined
  return body.trim() === '' ? undefined : body
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string }

export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

export function requireJsonContentType(request: FastifyRequest): void {
  const type = request.headers['content-type']
  if (!type) throw problems.unsupportedMediaType("The 'Content-Type' header is missing.")
  if (!/^application\/([\w.-]+\+)?json\b/i.test(type)) {
    throw problems.unsupportedMediaType("The value specified in the 'Content-Type' header is not supported by this host.")
  }
}
