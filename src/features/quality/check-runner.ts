import type { WholeSetProgress } from '../../entities/sessions/read-all-sessions.ts'
import { lendActiveConnection, renewLentToken } from '../../lib/delegated-connection.ts'
import {
  errorFromMessage,
  errorToMessage,
  type CheckReport,
  type CheckRequest,
  type FromWorker,
  type ToCheckerWorker,
  type ToReader,
} from './check-protocol.ts'
import { readAndCheckHere } from './read-for-checks.ts'
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
  if (typeof Worker === 'undefined') return readAndCheckHere(request, collected.take, signal).then(collected.result)
  return inWorkers(request, collected, signal)
}

function collector(onProgress?: (progress: WholeSetProgress) => void) {
  const set: CheckedSet = { sessions: [], gradingPeriods: [], findings: [], schoolNames: {} }
  // Thirty thousand findings are filed as they come: sorting them at the end would be one long task.
  const findings = findingsInOrder<Finding>()
  let expectedRows = 0
  return {
    take: (message: CheckReport) => {
      if (message.type === 'rows') {
        fromColumns(message.rows, set.sessions)
        onProgress?.({ rowsRead: set.sessions.length, expectedRows })
      }
      if (message.type === 'rows' || message.type === 'findings') for (const f of fromWire(message.findings, set.sessions)) findings.add(f)
      else if (message.type === 'expected') {
        expectedRows = message.expectedRows
        onProgress?.({ rowsRead: 0, expectedRows })
      } else Object.assign(set, { gradingPeriods: message.gradingPeriods, schoolNames: message.schoolNames })
    },
    result: (): CheckedSet => ({ ...set, findings: findings.all() }),
  }
}

interface Workers {
  reader: Worker
  checker?: Worker
}

// Finished workers are kept for the next run: their code is loaded, compiled and warm.
let spareWorkers: Workers | undefined

/**
 * A checker beside the reader pays when it gets a core of its own; on two cores the read alone keeps
 * both busy, and the extra hand-over of every row costs more than the second thread gains.
 */
const CORES_FOR_A_CHECKER = 4

const startWorkers = (): Workers => ({
  reader: new Worker(new URL('./reader.worker.ts', import.meta.url), { type: 'module' }),
  checker:
    navigator.hardwareConcurrency >= CORES_FOR_A_CHECKER
      ? new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' })
      : undefined,
})

/** The reader reads and parses; the checker, where there is one, runs the rules on what it is sent. */
async function inWorkers(request: CheckRequest, collected: ReturnType<typeof collector>, signal?: AbortSignal): Promise<CheckedSet> {
  signal?.throwIfAborted()
  const connection = await lendActiveConnection()
  signal?.throwIfAborted()
  const workers = spareWorkers ?? startWorkers()
  spareWorkers = undefined
  const { reader, checker } = workers
  const all = checker ? [reader, checker] : [reader]
  let finished = false
  const toReader = (message: ToReader, transfer: Transferable[] = []) => reader.postMessage(message, transfer)
  let stop = () => {}
  try {
    return await new Promise<CheckedSet>((resolve, reject) => {
      stop = () => reject(signal?.reason)
      signal?.addEventListener('abort', stop, { once: true })
      const take = (event: MessageEvent<FromWorker>) => {
        const message = event.data
        if (message.type === 'done') {
          finished = true
          resolve(collected.result())
        } else if (message.type === 'failed') reject(errorFromMessage(message))
        else if (message.type === 'renew-token')
          renewLentToken().then(
            (token) => toReader({ type: 'token', token }),
            (error: unknown) => toReader({ type: 'token-failed', ...errorToMessage(error) }),
          )
        else if (message.type !== 'stopped') collected.take(message)
      }
      const fail = (event: ErrorEvent) => reject(new Error(`The checks could not run: ${event.message}`))
      for (const worker of all) Object.assign(worker, { onmessage: take, onerror: fail })
      if (!checker) return toReader({ type: 'start', request, connection })
      const channel = new MessageChannel()
      const start: ToCheckerWorker = { type: 'start', reader: channel.port2 }
      checker.postMessage(start, [channel.port2])
      toReader({ type: 'start', request, connection, checker: channel.port1 }, [channel.port1])
    })
  } finally {
    signal?.removeEventListener('abort', stop)
    // Parked workers must not keep this run's handlers, and with them everything the run collected.
    for (const worker of all) Object.assign(worker, { onmessage: null, onerror: null })
    if (finished && !spareWorkers) spareWorkers = workers
    else if (signal?.aborted) endAfterStopping(workers)
    else for (const worker of all) worker.terminate()
  }
}

/** How long a stopped reader has to cancel its requests before it is ended anyway. */
const STOP_GRACE_MS = 1000

/** A stopped run's reader cancels its requests first, so none is left open when the worker ends. */
function endAfterStopping({ reader, checker }: Workers): void {
  checker?.terminate()
  const end = () => reader.terminate()
  const timer = setTimeout(end, STOP_GRACE_MS)
  reader.onmessage = (event: MessageEvent<FromWorker>) => {
    if (event.data.type !== 'stopped') return
    clearTimeout(timer)
    end()
  }
  const stop: ToReader = { type: 'stop' }
  reader.postMessage(stop)
}
