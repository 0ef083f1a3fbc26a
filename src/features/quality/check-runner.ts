import type { Calendars, CheckResult, FromWorker, ToWorker } from './check-protocol.ts'
import { createRowCollector } from './check-rows.ts'
import type { CheckedSession, Finding } from './rules/types.ts'

// One run of the checks: raw pages are handed over as they are read, results come back at the end.
// In a browser the rules run in a Web Worker so the page stays responsive; where there is no
// Worker (jsdom in component tests) they run in place, with the same results.

export interface CheckRunner {
  addRows: (rows: unknown[]) => void
  finish: (calendars: Calendars) => Promise<CheckResult>
  dispose: () => void
}

export function createCheckRunner(): CheckRunner {
  return typeof Worker === 'undefined' ? inPlaceRunner() : workerRunner()
}

function inPlaceRunner(): CheckRunner {
  const collector = createRowCollector()
  return {
    addRows: (rows) => collector.add(rows),
    finish: async (calendars) => collector.finish(calendars),
    dispose: () => undefined,
  }
}

function workerRunner(): CheckRunner {
  const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' })
  const send = (message: ToWorker) => worker.postMessage(message)
  return {
    addRows: (rows) => send({ type: 'rows', rows }),
    finish: (calendars) =>
      new Promise<CheckResult>((resolve, reject) => {
        const findings: Finding[] = []
        const sessions: CheckedSession[] = []
        worker.onmessage = (event: MessageEvent<FromWorker>) => {
          const message = event.data
          if (message.type === 'findings') for (const f of message.findings) findings.push(f)
          else if (message.type === 'sessions') for (const s of message.sessions) sessions.push(s)
          else if (message.type === 'done') resolve({ findings, sessions, invalidRows: message.invalidRows })
          else reject(new Error(`The checks failed: ${message.message}`))
        }
        worker.onerror = (event) => reject(new Error(`The checks could not run: ${event.message}`))
        send({ type: 'run', calendars })
      }),
    dispose: () => worker.terminate(),
  }
}
