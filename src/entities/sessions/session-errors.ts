import { ApiError } from '../../lib/api-error.ts'
import type { SessionDetail } from './get-session.ts'

const copy = (error: ApiError) => ({
  status: error.status,
  type: error.type,
  title: error.title,
  detail: error.detail,
  correlationId: error.correlationId,
  errors: error.errors,
  validationErrors: error.validationErrors,
})

export type ServerVersion =
  | { state: 'current'; detail: SessionDetail }
  | { state: 'deleted' }
  /** The record could not be read again (e.g. the network failed): offer a reload. */
  | { state: 'unavailable'; error: ApiError }

class SessionWriteError extends ApiError {
  constructor(error: ApiError, name: string) {
    super(copy(error), { cause: error })
    this.name = name
  }
}

export class SessionConflictError extends SessionWriteError {
  constructor(
    error: ApiError,
    readonly theirs: ServerVersion,
  ) {
    super(error, 'SessionConflictError')
  }

  get current(): SessionDetail | null {
    return this.theirs.state === 'current' ? this.theirs.detail : null
  }
}

export class SessionNotFoundError extends SessionWriteError {
  readonly id: string

  constructor(error: ApiError, id: string) {
    super(error, 'SessionNotFoundError')
    this.id = id
  }
}

/** Refused before any request (the ODS would answer 405); status 0 because nothing was sent. */
export class SnapshotReadOnlyError extends ApiError {
  constructor(action: 'create or update' | 'update' | 'delete') {
    super({
      status: 0,
      type: 'urn:ed-fi:api:snapshots:method-not-allowed',
      title: 'Snapshot Is Read-Only',
      detail:
        'Snapshot mode shows a frozen copy of the data, so sessions cannot be changed ' +
        `(${action}) while it is on. Turn snapshot mode off to make changes to live data.`,
    })
    this.name = 'SnapshotReadOnlyError'
  }
}
