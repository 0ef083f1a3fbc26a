import type { WholeSetProgress } from '../../entities/sessions/read-all-sessions.ts'
import { lendActiveConnection, renewLentToken } from '../../lib/delegated-connection.ts'
import { errorFromMessage, errorToMessage, type CheckReport, type CheckRequest, type FromWorker, type ToWorker } from './check-protocol.ts'
import { readAndCheck } from './read-and-check.ts'
import { findingsInOrder } from './rules/index.ts'
import type { CheckedGradingPeriod, Finding } from './rules/types.ts'
import type { SessionSummary } from './check-protocol.ts'
import { fromColumns } from './session-columns.ts'
import { fromWire } from './wire-findings.ts'

// Where there is no Worker (jsdom in component tests) the same code runs in place.

export interface CheckedSet {
  sessions: SessionSummary[]
  gradingPeriods: CheckedGradingPeriod[]
  findings: Finding[]
  schoolNames: Record<number, string>
}

export function runCheckRequest(request: CheckRequest, onProgress?: (progress: WholeSetProgress) => void, signal?: AbortSignal) {
  const collected = collector(onProgress)
  if (typeof Worker === 'undefined') return readAndCheck(request, collected.take, signal).then(collected.result)
  return inWorker(request, collected, signal)
}

function collector(onProgress?: (progress: WholeSetProgress) => void) {
  const set: CheckedSet = { sessions: [], gradingPeriods: [], findings: [], schoolNames: {} }
  // Thirty thousand findings are filed as they come: sorting them at the end would be one long task.
  const findings = findingsInOrder<Finding>()
  return {
    take: (message: CheckReport) => {
      if (message.type === 'rows') fromColumns(message.rows, set.sessions)
      if (message.type === 'rows' || message.type === 'findings') for (const f of fromWire(message.findings, set.sessions)) findings.add(f)
      else if (message.type === 'progress') onProgress?.(message.progress)
      else Object.assign(set, { gradingPeriods: message.gradingPeriods, schoolNames: message.schoolNames })
    },
    result: (): CheckedSet => ({ ...set, findings: findings.all() }),
  }
}

// A finished worker is kept for the next run: its code is loaded, compiled and warm.
let spareWorker: Worker | undefined

async function inWorker(request: CheckRequest, collected: ReturnType<typeof collector>, signal?: AbortSignal): Promise<CheckedSet> {
  signal?.throwIfAborted()
  const connection = await lendActiveConnection()
  signal?.throwIfAborted()
  const worker = spareWorker ?? new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' })
  spareWorker = undefined
  let finished = false
  const send = (message: ToWorker) => worker.postMessage(message)
  let stop = () => {}
  try {
    return await new Promise<CheckedSet>((resolve, reject) => {
      stop = () => reject(signal?.reason)
      signal?.addEventListener('abort', stop, { once: true })
      worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data
        if (message.type === 'done') {
          finished = true
          resolve(collected.result())
        } else if (message.type === 'failed') reject(errorFromMessage(message))
        else if (message.type === 'renew-token')
          renewLentToken().then(
            (token) => send({ type: 'token', token }),
            (error: unknown) => send({ type: 'token-failed', ...errorToMessage(error) }),
          )
        else collected.take(message)
      }
      worker.onerror = (event) => reject(new Error(`The checks could not run: ${event.message}`))
      send({ type: 'start', request, connection })
    })
  } finally {
    signal?.removeEventListener('abort', stop)
    // A parked worker must not keep this run's handlers, and with them everything the run collected.
    worker.onmessage = null
    worker.onerror = null
    if (finished && !spareWorker) spareWorker = worker
    else worker.terminate()
  }
}
