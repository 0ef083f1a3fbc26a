import type { SessionBody, SessionKey } from '../../../entities/sessions/session-schema.ts'

// One shape for every bulk action (next year, edit selected, delete selected, CSV import, undo):
// a plan of rows, each with what the server holds now and what will be written, and per-row outcomes.

export type PlanAction = 'create' | 'update' | 'delete' | 'unchanged' | 'skip' | 'invalid'

export type BatchKind = 'next-year' | 'edit' | 'delete' | 'import' | 'undo'

export interface PlanRow {
  /** 1-based position in the plan; also the outcome's key. */
  n: number
  action: PlanAction
  /** The key of the record written (create/update) or removed (delete). */
  key: SessionKey
  /** The server's record the write targets (update, delete). */
  id?: string
  /** Its version read when the plan was made: sent as If-Match. */
  etag?: string
  /** The server's record when the plan was made (before). */
  current?: SessionBody
  /** What will be written (after). */
  next?: SessionBody
  /** Things the steward should know (name kept, grading period left out, …). */
  notes: string[]
  /** Why the row cannot be written (invalid rows only). */
  problems: string[]
  /** A row whose session exists already may be switched between skip and update. */
  existsChoice?: 'skip' | 'update'
}

export type OutcomeStatus = 'created' | 'updated' | 'deleted' | 'unchanged' | 'skipped' | 'conflict' | 'failed'

export interface RowOutcome {
  n: number
  status: OutcomeStatus
  /** The record's id after the write (created, updated) or the one refused. */
  id?: string
  /** The version the write produced: undo sends it as If-Match. */
  etag?: string
  /** The API's own words for a failure or conflict. */
  message?: string
  correlationId?: string
  at: string
}

export type BatchState = 'planned' | 'applying' | 'stopped' | 'finished'

export interface Batch {
  id: string
  kind: BatchKind
  title: string
  /** The connection the plan was read from (API root | client key): a batch never runs elsewhere. */
  connection: string
  createdAt: string
  state: BatchState
  rows: PlanRow[]
  /** What the steward should know about the whole batch (e.g. grading periods the target year lacks). */
  notes?: string[]
  /** Set up next year: grading periods the target year lacks (school, descriptor URI, name). */
  neededGradingPeriods?: { schoolId: number; descriptor: string; name: string }[]
  /** The batch this one takes back, and the batch that took this one back. */
  undoOf?: string
  undoneBy?: string
}

export const WRITE_ACTIONS: readonly PlanAction[] = ['create', 'update', 'delete']

export function isWrite(row: PlanRow): boolean {
  return WRITE_ACTIONS.includes(row.action)
}
