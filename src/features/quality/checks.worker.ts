/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './check-protocol.ts'
import { FINDINGS_WEIGHT_PER_MESSAGE } from './check-protocol.ts'
import { bySeverity, runRowChecks, runSetChecks } from './rules/index.ts'
import { createSchoolYearGroups } from './rules/school-year-groups.ts'
import type { CheckedSession, Finding } from './rules/types.ts'
import { byWeight, toWire, type WireFinding } from './wire-findings.ts'

// The data-quality checks off the main thread: rows arrive while the set is read and the row rules
// run on them at once; the set rules run when the page sends the calendars; findings go back in chunks.

const rows: CheckedSession[] = []
// Grouped by school and year as they arrive, so the set rules start with their groups built.
const groups = createSchoolYearGroups()
const rowOfId = new Map<string, number>()
// Row rules run on each page as it arrives, while the page waits for the next one; their findings
// are kept as they will be sent.
const rowFindings: WireFinding[] = []
const wired = (f: Finding) => toWire(f, (id) => rowOfId.get(id)!)
const post = (message: FromWorker) => self.postMessage(message)

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'rows') {
    for (const row of message.rows) rowOfId.set(row.id, rows.push(row) - 1)
    groups.add(message.rows)
    for (const finding of runRowChecks(message.rows)) rowFindings.push(wired(finding))
    return
  }
  try {
    const findings = bySeverity([...rowFindings, ...runSetChecks({ ...message.calendars, sessions: rows }, groups).map(wired)])
    for (const slice of byWeight(findings, FINDINGS_WEIGHT_PER_MESSAGE)) post({ type: 'findings', findings: slice })
    post({ type: 'done', total: findings.length })
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
