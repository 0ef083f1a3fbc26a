import type { CheckInput, CheckedSession } from './rules/types.ts'
import type { WireFinding } from './wire-findings.ts'

// Messages between the page and the checks' worker. Rows go over page by page while the set is
// read (small copies, none of them long); findings come back in slices for the same reason, each
// session named by its position among the rows sent.

export type Calendars = Omit<CheckInput, 'sessions'>

export type ToWorker = { type: 'rows'; rows: CheckedSession[] } | { type: 'run'; calendars: Calendars }

export type FromWorker =
  { type: 'findings'; findings: WireFinding[] } | { type: 'done'; total: number } | { type: 'failed'; message: string }

/** Sessions named per message of findings (a finding naming none counts as one). */
export const FINDINGS_WEIGHT_PER_MESSAGE = 1000
