import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Problem } from '../domain/problem.ts'
import { sendProblem } from './errors.ts'

// Fault injection for client tests (off unless ServerOptions.faultInjection / FAULTS=on): faults a
// real ODS/API shows but cannot produce on demand — a 503 from a proxy, a dropped connection, a
// slow answer. POST /api/__faults queues one; it applies to the next matching requests.

export interface FaultSpec {
  kind: 'status' | 'drop' | 'delay'
  /** For 'status': the HTTP status to answer (e.g. 503, 500). */
  status?: number
  /** For 'delay': milliseconds before the request is handled normally. */
  ms?: number
  /** How many matching requests it affects (default 1). */
  count?: number
  /** Only requests whose path contains this text (default: every data request). */
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

export function registerFaultInjection(app: FastifyInstance): void {
  const queue: QueuedFault[] = []

  app.post('/api/__faults', async (request, reply) => {
    const spec = (typeof request.body === 'string' ? JSON.parse(request.body) : request.body) as FaultSpec
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
    const problem = new Problem({ status, type: 'urn:ed-fi:api:system', title: status === 503 ? 'Service Unavailable' : 'System Error', detail: 'Injected fault.' })
    return sendProblem(reply, problem, request.correlationId)
  })
}
