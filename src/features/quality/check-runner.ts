import type { Calendars, FromWorker, ToWorker } from './check-protocol.ts'
import { runChecks } from './rules/index.ts'
import type { CheckedSession, Finding } from './rules/types.ts'
import { fromWire } from './wire-findings.ts'

// One run of the checks: rows are handed over as they are read, findings come back at the end.
// In a browser the rules run in a Web Worker so the page stays responsive; where there is no
// Worker (jsdom in component tests) they run in place, with the same results.

export interface CheckRunner {
  addRows: (rows: CheckedSession[]) => void
  finish: (calendars: Calendars) => Promise<Finding[]>
  dispose: () => void
}

export function createCheckRunner(): CheckRunner {
  return typeof Worker === 'undefined' ? inPlaceRunner() : workerRunner()
}

function inPlaceRunner(): CheckRunner {
  const rows: CheckedSession[] = []
  return {
    addRows: (more) => {
      for (const row of more) rows.push(row)
    },
    finish: async (calendars) => runChecks({ ...calendars, sessions: rows }),
    dispose: () => undefined,
  }
}

function workerRunner(): CheckRunner {
  const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' })
  const send = (message: ToWorker) => worker.postMessage(message)
  // In the order sent: the worker names a finding's sessions by these positions.
  const sent: CheckedSession[] = []
  return {
    addRows: (rows) => {
      for (const row of rows) sent.push(row)
      send({ type: 'rows', rows })
    },
    finish: (calendars) =>
      new Promise<Finding[]>((resolve, reject) => {
        const findings: Finding[] = []
        worker.onmessage = (event: MessageEvent<FromWorker>) => {
          const message = event.data
          if (message.type === 'findings') for (const f of message.findings) findings.push(fromWire(f, sent))
          else if (message.type === 'done') resolve(findings)
          else reject(new Error(`The checks failed: ${message.message}`))
        }
        worker.onerror = (event) => reject(new Error(`The checks could not run: ${event.message}`))
        send({ type: 'run', calendars })
      }),
    dispose: () => worker.terminate(),
  }
}
