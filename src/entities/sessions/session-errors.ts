import { ApiError } from '../../lib/api-error.ts'
import type { SessionDetail } from './get-session.ts'

// Typed failures of session writes, all ApiErrors (React Query's registered error type), so the
// UI can switch on `instanceof` and still show title, detail and correlation id as for any other.

const copy = (error: ApiError) => ({
  status: error.status,
  type: error.type,
  title: error.title,
  detail: error.detail,
  correlationId: error.correlationId,
  errors: error.errors,
  validationErrors: error.validationErrors,
})

/** The server's side of a 412, read right after it. */
export type ServerVersion =
  | { state: 'current'; detail: SessionDetail }
  /** Someone deleted the record since it was read. */
  | { state: 'deleted' }
  /** The record could not be read again (e.g. the network failed): offer a reload. */
  | { state: 'unavailable'; error: ApiError }

/** A failed write the editor acts on; it keeps the API's words, status and correlation id. */
class SessionWriteError extends ApiError {
  constructor(error: ApiError, name: string) {
    super(copy(error), { cause: error })
    this.name = name
  }
}

/**
 * 412: the record changed since its etag was read. `theirs` is the server's version now, so the UI
 * can show mine / theirs / original side by side and retry with `theirs.detail.etag`.
 */
export class SessionConflictError extends SessionWriteError {
  constructor(
    error: ApiError,
    readonly theirs: ServerVersion,
  ) {
    super(error, 'SessionConflictError')
  }

  /** The server's record and etag now; null when deleted or unreadable. */
  get current(): SessionDetail | null {
    return this.theirs.state === 'current' ? this.theirs.detail : null
  }
}

/** 404 on PUT or DELETE: the session is gone (deleted by someone else, or never visible to this client). */
export class SessionNotFoundError extends SessionWriteError {
  readonly id: string

  constructor(error: ApiError, id: string) {
    super(error, 'SessionNotFoundError')
    this.id = id
  }
}

/**
 * A write attempted while snapshot mode is on. Refused here, before any request: the snapshot is a
 * frozen copy, and the ODS would refuse the write anyway (405). It carries the Ed-Fi problem type
 * of that 405, so it reads like the API's own refusal (kind 'snapshot-read-only'), with status 0
 * because no request was sent.
 */
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
