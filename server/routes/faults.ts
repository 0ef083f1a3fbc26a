import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Problem, problems } from '../domain/problem.ts'
import { parseJson } from './body-parsers.ts'
import { sendProblem } from './errors.ts'

// Test-only faults a real ODS/API shows but cannot produce on demand (a proxy's 503, a dropped
// connection, a slow answer). Only scripts/e2e-server.mjs turns them on.

export interface FaultSpec {
  kind: 'status' | 'drop' | 'delay'
  status?: number
  ms?: number
  count?: number
  pathIncludes?: string
  method?: string
}

interface QueuedFault extends FaultSpec {
  remaining: number
}

function matches(fault: QueuedFault, request: FastifyRequest): boolean {
  if (!request.url.startsWith('/api/data/')) return false
  if (fault.method && fault.method.toUpperCase() !== request.method) return false
  return !fault.pathIncludes || request.url.includes(fault.pathIncludes)
}

const KINDS = new Set(['status', 'drop', 'delay'])
const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])
const intIn = (value: unknown, min: number, max: number) =>
  value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)

function readFaultSpec(body: unknown): FaultSpec | string[] {
  const parsed = typeof body === 'string' ? parseJson(body) : { ok: true as const, value: body }
  const spec = parsed.ok ? parsed.value : undefined
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return ['The body must be a JSON object.']
  const s = spec as Record<string, unknown>
  const errors = [
    !KINDS.has(s.kind as string) && "kind must be 'status', 'drop' or 'delay'.",
    !intIn(s.status, 400, 599) && 'status must be an integer from 400 to 599.',
    !intIn(s.ms, 0, 60_000) && 'ms must be an integer from 0 to 60000.',
    !intIn(s.count, 1, 1000) && 'count must be an integer from 1 to 1000.',
    s.pathIncludes !== undefined &&
      (typeof s.pathIncludes !== 'string' || s.pathIncludes.length > 200) &&
      'pathIncludes must be text of at most 200 characters.',
    s.method !== undefined && !METHODS.has(String(s.method).toUpperCase()) && 'method must be GET, POST, PUT or DELETE.',
  ].filter((e): e is string => typeof e === 'string')
  return errors.length ? errors : (s as unknown as FaultSpec)
}

export function registerFaultInjection(app: FastifyInstance): void {
  const queue: QueuedFault[] = []

  app.post('/api/__faults', async (request, reply) => {
    const spec = readFaultSpec(request.body)
    if (Array.isArray(spec)) throw problems.badRequest(spec)
    if (queue.length >= 100) throw problems.badRequest(['At most 100 faults may be queued.'])
    queue.push({ ...spec, remaining: spec.count ?? 1 })
    return reply.code(204).send()
  })
  app.delete('/api/__faults', async (_request, reply) => {
    queue.length = 0
    return reply.code(204).send()
  })

  app.addHook('onRequest', async (request, reply) => {
    const fault = queue.find((f) => f.remaining > 0 && matches(f, request))
    if (!fault) return
    fault.remaining -= 1
    if (fault.remaining === 0) queue.splice(queue.indexOf(fault), 1)
    if (fault.kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, fault.ms ?? 1000))
      return
    }
    if (fault.kind === 'drop') {
      request.raw.socket.destroy()
      return reply
    }
    const status = fault.status ?? 503
    const title = status === 503 ? 'Service Unavailable' : 'System Error'
    const problem = new Problem({ status, type: 'urn:ed-fi:api:system', title, detail: 'Injected fault.' })
    return sendProblem(reply, problem, request.correlationId)
  })
}
