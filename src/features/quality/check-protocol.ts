import type { CheckInput, CheckedSession, Finding } from './rules/types.ts'

// Messages between the page and the checks' worker. Rows go over page by page while the set is
// read (small copies, none of them long); findings come back in chunks for the same reason.

export type Calendars = Omit<CheckInput, 'sessions'>

export type ToWorker = { type: 'rows'; rows: CheckedSession[] } | { type: 'run'; calendars: Calendars }

export type FromWorker = { type: 'findings'; findings: Finding[] } | { type: 'done'; total: number } | { type: 'failed'; message: string }

export const FINDINGS_PER_MESSAGE = 200
