/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './check-protocol.ts'
import { FINDINGS_PER_MESSAGE } from './check-protocol.ts'
import { runChecks } from './rules/index.ts'
import type { CheckedSession } from './rules/types.ts'

// The data-quality checks off the main thread: rows arrive while the set is read, the rules run
// once the page sends the calendars, and findings go back in chunks.

const rows: CheckedSession[] = []
const post = (message: FromWorker) => self.postMessage(message)

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'rows') {
    for (const row of message.rows) rows.push(row)
    return
  }
  try {
    const findings = runChecks({ ...message.calendars, sessions: rows })
    for (let i = 0; i < findings.length; i += FINDINGS_PER_MESSAGE) post({ type: 'findings', findings: findings.slice(i, i + FINDINGS_PER_MESSAGE) })
    post({ type: 'done', total: findings.length })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
