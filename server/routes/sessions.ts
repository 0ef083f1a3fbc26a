import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { readDb } from '../context.ts'
import { currentChangeVersion } from '../db/database.ts'
import { PageCache } from '../domain/page-cache.ts'
import { findDescriptorId } from '../db/descriptors-repo.ts'
import { readSession, readSessionPage } from '../domain/session-reads.ts'
import { etagFromLastModified } from '../domain/etag.ts'
import { Problem, problems } from '../domain/problem.ts'
import { sessionJson } from '../domain/session-json.ts'
import { parseGuid, parseSessionListQuery } from '../domain/session-paging.ts'
import type { SessionInput } from '../domain/session-types.ts'
import { malformedJsonProblem, validateSessionBody } from '../domain/session-validation.ts'
import { removeSession, replaceSession, upsertSession } from '../domain/session-writes.ts'
import { parseJson, rawJsonBody } from './body-parsers.ts'
import { assertNoClientId, bodyWriteGuard, getRouteId, refuseSnapshotWrites, unsupportedMethod, writeRequest } from './resource-http.ts'
import { dataRoot, requireClient, sendJson } from './http.ts'

// Registered after /deletes, /keyChanges and /partitions, whose static paths win over "/:id".

type IdParams = { Params: { id: string } }

const JSON_TYPE = 'application/json; charset=utf-8'
const NO_POST_TO_ITEM =
  'Resource items can only be updated using PUT. To "upsert" an item in the resource collection using POST, remove the "id" from the route.'
const NO_PUT_TO_COLLECTION =
  'Resource collections cannot be replaced. To "upsert" an item in the collection, use POST. ' +
  'To update a specific item, use PUT and include the "id" in the route.'
const NO_DELETE_OF_COLLECTION =
  'Resource collections cannot be deleted. To delete a specific item, use DELETE and include the "id" in the route.'
const quoted = (etag: string) => `"${etag}"`
const location = (request: FastifyRequest, id: string) => `${dataRoot(request)}/ed-fi/sessions/${id}`

function validate(request: FastifyRequest, value: unknown): SessionInput {
  const { db, profile } = request.server.ctx
  const result = validateSessionBody(value, {
    descriptorExists: (kind, uri) => findDescriptorId(db, kind, uri) !== undefined,
    sessionNameMaxLength: profile.sessionNameMaxLength,
  })
  if (!result.ok) throw result.problem
  return result.session
}

function parseBody(request: FastifyRequest): unknown {
  const text = rawJsonBody(request)
  if (text === undefined) return undefined
  const parsed = parseJson(text)
  if (!parsed.ok) throw malformedJsonProblem(parsed.message)
  return parsed.value
}

function routeIdError(raw: string): Record<string, string[]> | undefined {
  return parseGuid(raw) === undefined ? { '$.id': [`The value '${raw}' is not valid.`] } : undefined
}

function putInput(request: FastifyRequest, rawId: string): SessionInput {
  const idError = routeIdError(rawId)
  try {
    const input = validate(request, parseBody(request))
    if (idError) throw problems.dataValidation(idError)
    return input
  } catch (error) {
    if (!idError || !(error instanceof Problem) || !error.init.validationErrors) throw error
    throw problems.dataValidation({ ...idError, ...error.init.validationErrors })
  }
}

function methodNotAllowed(message: string) {
  return async (): Promise<never> => {
    throw problems.methodNotAllowed(message)
  }
}

export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const pages = app.ctx.pageCacheEnabled ? new PageCache() : undefined

  app.get('/', { exposeHeadRoute: false }, async (request, reply) => {
    const query = parseSessionListQuery(request.query)
    const db = readDb(app.ctx, request)
    const client = requireClient(request)
    // Any write moves the change version, so claims stand in for the schools they cover.
    const cacheKey = pages && `${db.name}|${currentChangeVersion(db)}|${client.educationOrganizationIds.join(',')}|${JSON.stringify(query)}`
    const cached = cacheKey ? pages?.get(cacheKey) : undefined
    if (cached) return reply.headers(cached.headers).code(200).header('content-type', JSON_TYPE).send(cached.body)

    const page = readSessionPage(db, client, query)
    const headers: Record<string, string> = {}
    if (page.totalCount !== undefined) headers['Total-Count'] = String(page.totalCount)
    if (page.nextPageToken) headers['Next-Page-Token'] = page.nextPageToken
    const body = page.body
    if (cacheKey) pages?.set(cacheKey, { body, headers })
    return reply.headers(headers).code(200).header('content-type', JSON_TYPE).send(body)
  })

  app.get<IdParams>('/:id', { exposeHeadRoute: false }, async (request, reply) => {
    const id = getRouteId(request.params.id)
    const session = readSession(readDb(app.ctx, request), requireClient(request), id)
    const etag = etagFromLastModified(session.lastModifiedDate)
    reply.header('ETag', quoted(etag))
    if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.code(304).send()
    return sendJson(reply, 200, sessionJson(session))
  })

  app.post('/', { onRequest: bodyWriteGuard }, async (request, reply) => {
    const value = parseBody(request)
    if (value === undefined || value === null) throw problems.emptyPostBody()
    assertNoClientId(value)
    const input = validate(request, value)
    const result = upsertSession(writeRequest(request), input)
    return sendEmpty(reply.header('Location', location(request, result.id)).header('ETag', quoted(result.etag)), result.created ? 201 : 200)
  })

  app.put<IdParams>('/:id', { onRequest: bodyWriteGuard }, async (request, reply) => {
    const input = putInput(request, request.params.id)
    const result = replaceSession(writeRequest(request), parseGuid(request.params.id)!, input)
    return sendEmpty(reply.header('Location', location(request, result.id)).header('ETag', quoted(result.etag)), 204)
  })

  app.delete<IdParams>('/:id', { onRequest: refuseSnapshotWrites }, async (request, reply) => {
    const idError = routeIdError(request.params.id)
    if (idError) throw problems.dataValidation(idError)
    removeSession(writeRequest(request), parseGuid(request.params.id)!)
    return sendEmpty(reply, 204)
  })

  app.post('/:id', methodNotAllowed(NO_POST_TO_ITEM))
  app.put('/', methodNotAllowed(NO_PUT_TO_COLLECTION))
  app.delete('/', methodNotAllowed(NO_DELETE_OF_COLLECTION))
  app.route({ method: ['PATCH', 'HEAD', 'OPTIONS'], url: '/', handler: unsupportedMethod })
  app.route({ method: ['PATCH', 'HEAD', 'OPTIONS'], url: '/:id', handler: unsupportedMethod })
}

/** If-None-Match: the v7.3 Postman suite sends the bare etag; the quoted form is accepted too. */
function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header.split(',').some(
    (value) =>
      value
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1') === etag,
  )
}

function sendEmpty(reply: FastifyReply, status: number): FastifyReply {
  return reply.code(status).send()
}
