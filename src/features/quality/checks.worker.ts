/// <reference lib="webworker" />
import { FINDINGS_PER_MESSAGE, SESSIONS_PER_MESSAGE, type FromWorker, type ToWorker } from './check-protocol.ts'
import { createRowCollector } from './check-rows.ts'

// The data-quality checks off the page's thread: raw pages arrive while the set is read and are
// validated and row-checked at once; the set rules run when the page sends the calendars; findings
// and the checked rows go back in chunks.

const collector = createRowCollector()
const post = (message: FromWorker) => self.postMessage(message)

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'rows') return collector.add(message.rows)
  try {
    const { findings, sessions, invalidRows } = collector.finish(message.calendars)
    for (let i = 0; i < findings.length; i += FINDINGS_PER_MESSAGE) post({ type: 'findings', findings: findings.slice(i, i + FINDINGS_PER_MESSAGE) })
    for (let i = 0; i < sessions.length; i += SESSIONS_PER_MESSAGE) post({ type: 'sessions', sessions: sessions.slice(i, i + SESSIONS_PER_MESSAGE) })
    post({ type: 'done', invalidRows })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
