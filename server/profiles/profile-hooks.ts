import type { FastifyInstance, FastifyRequest } from 'fastify'
import { readFileSync } from 'node:fs'
import { problems } from '../domain/problem.ts'
import { legacyErrorBody } from './rest-error.ts'
import type { ServerProfile } from './server-profile.ts'

// The request/response hooks that make the 7.3 routes behave like another release. Each hook only
// removes or reshapes something the other release does not have; the routes stay 7.3.

const CURSOR_PARAMS = new Set(['pagetoken', 'pagesize'])
const openApi = readFileSync(new URL('../metadata/sessions-openapi.json', import.meta.url), 'utf8')
const MEMBER_NAMES = new Set([...openApi.matchAll(/"([A-Za-z_][A-Za-z0-9_]*)"\s*:/g)].map((m) => m[1]!))
const MEMBER_NAMES_LOWER = new Set([...MEMBER_NAMES].map((name) => name.toLowerCase()))

const path = (request: FastifyRequest) => request.url.split('?')[0]!.toLowerCase()

/** Ed-Fi API 8 drops a member whose name matches the contract only when case is ignored (DATA-STRICTNESS.md). */
export function dropMiscasedMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropMiscasedMembers)
  if (typeof value !== 'object' || value === null) return value
  const kept: Record<string, unknown> = {}
  for (const [name, member] of Object.entries(value)) {
    const miscased = !MEMBER_NAMES.has(name) && MEMBER_NAMES_LOWER.has(name.toLowerCase()) && name.toLowerCase() !== 'id'
    if (!miscased) kept[name] = dropMiscasedMembers(member)
  }
  return kept
}

export function registerProfileHooks(app: FastifyInstance, profile: ServerProfile): void {
  app.addHook('onRequest', async (request) => {
    // 6.2 and the DMS do not know Use-Snapshot: the header is ignored and live data is read.
    if (!profile.useSnapshotHeader) delete request.headers['use-snapshot']
    if (profile.cursorPaging || !path(request).includes('/ed-fi/sessions')) return
    // Before 7.3 there is no …/partitions route, and pageToken/pageSize are unknown parameters (ignored).
    if (/\/ed-fi\/sessions\/partitions\/?$/.test(path(request))) throw problems.routeNotFound()
    const query = request.query as Record<string, unknown> | undefined
    if (query) for (const name of Object.keys(query)) if (CURSOR_PARAMS.has(name.toLowerCase())) delete query[name]
  })

  if (!profile.cursorPaging) {
    // 7.3 sends Next-Page-Token on every non-empty page; earlier releases never do.
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.removeHeader('next-page-token')
      return payload
    })
  }

  if (profile.caseSensitiveMembers) {
    app.addHook('preValidation', async (request) => {
      if ((request.method !== 'POST' && request.method !== 'PUT') || typeof request.body !== 'string') return
      try {
        request.body = JSON.stringify(dropMiscasedMembers(JSON.parse(request.body)))
      } catch {
        // Not JSON: the route answers it as the ODS does.
      }
    })
  }

  if (profile.errorBodies === 'rest-error') {
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode < 400 || !path(request).startsWith('/api/')) return payload
      const legacy = legacyErrorBody(typeof payload === 'string' || Buffer.isBuffer(payload) ? payload.toString() : undefined)
      if (legacy === undefined) return payload
      reply.header('content-type', 'application/json; charset=utf-8')
      if (legacy === null) reply.removeHeader('content-type')
      return legacy === null ? '' : JSON.stringify(legacy)
    })
  }
}
