import type { WholeSetProgress, WholeSetSource } from '../../entities/sessions/read-all-sessions.ts'
import { ApiError, type ApiErrorInit } from '../../lib/api-error.ts'
import type { LentConnection } from '../../lib/delegated-connection.ts'
import type { CheckedGradingPeriod, CheckedSession, CheckOptions } from './rules/types.ts'
import type { SessionColumns } from './session-columns.ts'
import type { FindingColumns } from './wire-findings.ts'

// Messages between the page and the checks' worker. The worker reads the set itself (the page
// lends it the connection) and sends back, page by page, the rows the screens show and the
// findings found so far; each finding names its sessions by their position among the rows sent.

export interface CheckRequest extends WholeSetSource {
  options: CheckOptions
}

/** A session as the screens show it: the checked row without its calendar references. */
export type SessionSummary = Omit<CheckedSession, 'gradingPeriods' | 'weeks'>

/** What the reading-and-checking side reports, in order: rows before the findings that name them. */
export type CheckReport =
  | { type: 'rows'; rows: SessionColumns }
  | { type: 'progress'; progress: WholeSetProgress }
  | { type: 'calendars'; gradingPeriods: CheckedGradingPeriod[]; schoolNames: Record<number, string> }
  | { type: 'findings'; findings: FindingColumns }

export type FromWorker =
  CheckReport | { type: 'renew-token' } | { type: 'done' } | { type: 'failed'; message: string; apiError?: ApiErrorInit }

export type ToWorker =
  | { type: 'start'; request: CheckRequest; connection: LentConnection }
  | { type: 'token'; token: string }
  | { type: 'token-failed'; message: string; apiError?: ApiErrorInit }

/** Sessions named per message of findings (a finding naming none counts as one). */
export const FINDINGS_WEIGHT_PER_MESSAGE = 1000

/** An error as a message can carry it: an ApiError keeps everything the page shows of it. */
export function errorToMessage(error: unknown): { message: string; apiError?: ApiErrorInit } {
  if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : String(error) }
  const { status, type, title, detail, correlationId, errors, validationErrors } = error
  return { message: error.message, apiError: { status, type, title, detail, correlationId, errors, validationErrors } }
}

export function errorFromMessage(message: { message: string; apiError?: ApiErrorInit }): Error {
  return message.apiError ? new ApiError(message.apiError) : new Error(message.message)
}
