/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './check-protocol.ts'
import { FINDINGS_PER_MESSAGE } from './check-protocol.ts'
import { bySeverity, runRowChecks, runSetChecks } from './rules/index.ts'
import type { CheckedSession, Finding } from './rules/types.ts'

// The data-quality checks off the main thread: rows arrive while the set is read and the row rules
// run on them at once; the set rules run when the page sends the calendars; findings go back in chunks.

const rows: CheckedSession[] = []
// Row rules run on each page as it arrives, while the page waits for the next one.
const rowFindings: Finding[] = []
const post = (message: FromWorker) => self.postMessage(message)

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'rows') {
    for (const row of message.rows) rows.push(row)
    for (const finding of runRowChecks(message.rows)) rowFindings.push(finding)
    return
  }
  try {
    const findings = bySeverity([...rowFindings, ...runSetChecks({ ...message.calendars, sessions: rows })])
    for (let i = 0; i < findings.length; i += FINDINGS_PER_MESSAGE) post({ type: 'findings', findings: findings.slice(i, i + FINDINGS_PER_MESSAGE) })
    post({ type: 'done', total: findings.length })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
