import type { SessionBody, SessionKey } from '../../../entities/sessions/session-schema.ts'

export type PlanAction = 'create' | 'update' | 'delete' | 'unchanged' | 'skip' | 'invalid'

export type BatchKind = 'next-year' | 'edit' | 'delete' | 'import' | 'undo'

export interface PlanRow {
  n: number
  action: PlanAction
  key: SessionKey
  id?: string
  etag?: string
  current?: SessionBody
  next?: SessionBody
  notes: string[]
  problems: string[]
  existsChoice?: 'skip' | 'update'
}

export type OutcomeStatus = 'created' | 'updated' | 'deleted' | 'unchanged' | 'skipped' | 'conflict' | 'failed'

export interface RowOutcome {
  n: number
  status: OutcomeStatus
  id?: string
  /** Undo sends it as If-Match. */
  etag?: string
  message?: string
  correlationId?: string
  at: string
}

export type BatchState = 'planned' | 'applying' | 'stopped' | 'finished'

export interface Batch {
  id: string
  kind: BatchKind
  title: string
  connection: string
  createdAt: string
  state: BatchState
  rows: PlanRow[]
  notes?: string[]
  neededGradingPeriods?: { schoolId: number; descriptor: string; name: string }[]
  undoOf?: string
  undoneBy?: string
}

export const WRITE_ACTIONS: readonly PlanAction[] = ['create', 'update', 'delete']

/** A skipped row writes nothing: what its copy would have left out or renamed is not news. */
export function shownNotes(row: PlanRow): string[] {
  return row.action === 'skip' ? [] : row.notes
}

export function isWrite(row: PlanRow): boolean {
  return WRITE_ACTIONS.includes(row.action)
}
