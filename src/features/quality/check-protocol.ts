import type { CheckInput, CheckedSession, Finding } from './rules/types.ts'

// Messages between the page and the checks' worker. Pages go over raw, as the API sent them (the
// worker validates them, so the page's thread only parses JSON); findings and the checked rows
// come back in chunks, so no single message takes long to copy.

export type Calendars = Omit<CheckInput, 'sessions'>

export type ToWorker = { type: 'rows'; rows: unknown[] } | { type: 'run'; calendars: Calendars }

export type FromWorker =
  | { type: 'findings'; findings: Finding[] }
  | { type: 'sessions'; sessions: CheckedSession[] }
  | { type: 'done'; invalidRows: number }
  | { type: 'failed'; message: string }

export const FINDINGS_PER_MESSAGE = 500
export const SESSIONS_PER_MESSAGE = 2_000

export interface CheckResult {
  findings: Finding[]
  sessions: CheckedSession[]
  /** Rows that did not match the sessions contract (not checked). */
  invalidRows: number
}
