import type { FastifyReply, FastifyRequest } from 'fastify'
import { problems } from '../domain/problem.ts'
import type { ResourceWriteRequest, UpsertResult } from '../domain/resource-writes.ts'
import { parseGuid } from '../domain/session-paging.ts'
import { malformedJsonProblem } from '../domain/session-validation.ts'
import { parseJson, rawJsonBody, requireJsonContentType } from './body-parsers.ts'
import { dataRoot, newResourceId, requireClient, sendJson } from './http.ts'

const JSON_TYPE = 'application/json; charset=utf-8'
const EMPTY_GUID = '0'.repeat(32)

/** Writes never touch a snapshot: any Use-Snapshot header answers 405. */
export async function refuseSnapshotWrites(request: FastifyRequest): Promise<void> {
  if (request.headers['use-snapshot'] !== undefined) throw problems.snapshotReadOnly()
}

export async function bodyWriteGuard(request: FastifyRequest): Promise<void> {
  await refuseSnapshotWrites(request)
  requireJsonContentType(request)
}

export function postBody(request: FastifyRequest): unknown {
  const text = rawJsonBody(request)
  const parsed = text === undefined ? undefined : parseJson(text)
  if (parsed && !parsed.ok) throw malformedJsonProblem(parsed.message)
  const value = parsed?.value
  if (value === undefined || value === null) throw problems.emptyPostBody()
  return value
}

/** Checked before validation (v7.2+): a non-empty `id` member (any spelling) is refused first. */
export function assertNoClientId(value: unknown): void {
  if (typeof value !== 'object' || value === null) return
  const assigned = Object.entries(value).some(
    ([name, member]) => name.toLowerCase() === 'id' && member !== null && !(typeof member === 'string' && parseGuid(member) === EMPTY_GUID),
  )
  if (assigned) throw problems.idInPostBody()
}

export function writeRequest(request: FastifyRequest): ResourceWriteRequest {
  const ifMatch = request.headers['if-match']
  const client = requireClient(request)
  return { db: request.server.ctx.db, client, ifMatch: typeof ifMatch === 'string' ? ifMatch : undefined, newId: newResourceId }
}

export function sendUpsert(request: FastifyRequest, reply: FastifyReply, collection: string, result: UpsertResult): FastifyReply {
  return reply
    .header('Location', `${dataRoot(request)}/ed-fi/${collection}/${result.id}`)
    .header('ETag', `"${result.etag}"`)
    .code(result.created ? 201 : 200)
    .send()
}

export function sendItem(request: FastifyRequest, reply: FastifyReply, body: Record<string, unknown> & { _etag: unknown }): FastifyReply {
  const etag = String(body._etag)
  reply.header('ETag', `"${etag}"`)
  const header = request.headers['if-none-match']
  if (
    header?.split(',').some(
      (value) =>
        value
          .trim()
          .replace(/^W\//, '')
          .replace(/^"(.*)"$/, '$1') === etag,
    )
  )
    return reply.code(304).send()
  return sendJson(reply, 200, body)
}

export function sendPage(reply: FastifyReply, items: unknown[], totalCount: number | undefined): FastifyReply {
  if (totalCount !== undefined) reply.header('Total-Count', String(totalCount))
  return reply.code(200).header('content-type', JSON_TYPE).send(JSON.stringify(items))
}

export function getRouteId(raw: string): string {
  const id = parseGuid(raw)
  if (id === undefined) throw problems.dataValidation({ '$.id': [`The value '${raw}' is not valid.`] })
  return id
}

export async function unsupportedMethod(request: FastifyRequest): Promise<never> {
  throw problems.methodNotAllowed(`The endpoint of the request does not support the '${request.method}' method.`)
}
