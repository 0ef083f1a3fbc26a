import type { WholeSetSource } from '../../entities/sessions/read-all-sessions.ts'
import { ApiError, type ApiErrorInit } from '../../lib/api-error.ts'
import type { LentConnection } from '../../lib/delegated-connection.ts'
import type { CheckCalendars, CheckedGradingPeriod, CheckedSession, CheckOptions } from './rules/types.ts'
import type { SessionColumns } from './session-columns.ts'
import type { FindingColumns } from './wire-findings.ts'

export interface CheckRequest extends WholeSetSource {
  options: CheckOptions
}

export type SessionSummary = Omit<CheckedSession, 'gradingPeriods' | 'weeks' | 'beginDay' | 'endDay'>

/** To the page. Rows come before the findings that name them. */
export type CheckReport =
  | { type: 'rows'; rows: SessionColumns; findings: FindingColumns }
  /** Once, before the rows: the page counts the rows it is sent, so no message a page for progress. */
  | { type: 'expected'; expectedRows: number }
  | { type: 'calendars'; gradingPeriods: CheckedGradingPeriod[]; schoolNames: Record<number, string> }
  | { type: 'findings'; findings: FindingColumns }

/** From the reader to the checker, in the order read; 'end' comes last, after the calendars. */
export type ToChecker = { type: 'calendars'; calendars: CheckCalendars } | { type: 'rows'; rows: SessionColumns } | { type: 'end' }

export type FromWorker =
  | CheckReport
  | { type: 'renew-token' }
  | { type: 'done' }
  | { type: 'failed'; message: string; apiError?: ApiErrorInit }
  /** The reader's answer to 'stop': its requests are cancelled. */
  | { type: 'stopped' }

export type ToReader =
  /** Without a checker's port, the reader checks what it reads itself. */
  | { type: 'start'; request: CheckRequest; connection: LentConnection; checker?: MessagePort }
  | { type: 'token'; token: string }
  | { type: 'token-failed'; message: string; apiError?: ApiErrorInit }
  | { type: 'stop' }

export interface ToCheckerWorker {
  type: 'start'
  reader: MessagePort
}

export const FINDINGS_WEIGHT_PER_MESSAGE = 1000

export function errorToMessage(error: unknown): { message: string; apiError?: ApiErrorInit } {
  if (!(error instanceof ApiError)) return { message: error instanceof Error ? error.message : String(error) }
  const { status, type, title, detail, correlationId, errors, validationErrors } = error
  return { message: error.message, apiError: { status, type, title, detail, correlationId, errors, validationErrors } }
}

export function errorFromMessage(message: { message: string; apiError?: ApiErrorInit }): Error {
  return message.apiError ? new ApiError(message.apiError) : new Error(message.message)
}
