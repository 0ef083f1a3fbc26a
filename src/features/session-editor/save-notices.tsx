import { ErrorDetails } from '../../components/ui/error-details.tsx'
import { Notice } from '../../components/ui/notice.tsx'
import type { ApiError } from '../../lib/api-error.ts'
import type { Session, SessionKey } from '../../entities/sessions/session-schema.ts'
import { CascadeCount } from './dependent-offerings.tsx'

export function UpsertWarning({
  existing,
  onOpenExisting,
  onUpdateAnyway,
  onCancel,
}: {
  existing: Session
  onOpenExisting: () => void
  onUpdateAnyway: () => void
  onCancel: () => void
}) {
  return (
    <Notice className="editor-notice" tone="warning" heading="This session already exists">
      <p>
        A session named “{existing.sessionName}” already exists for this school and school year. Saving will replace it (Ed-Fi keeps one
        session per school, year and name), not add a second one.
      </p>
      <div className="form-actions">
        <button type="button" onClick={onOpenExisting}>
          Open the existing session
        </button>
        <button type="button" className="primary" onClick={onUpdateAnyway}>
          Update it anyway
        </button>
        <button type="button" onClick={onCancel}>
          Change the form
        </button>
      </div>
    </Notice>
  )
}

export function KeyChangeWarning({
  oldKey,
  onConfirm,
  onCancel,
  saving,
}: {
  oldKey: SessionKey
  onConfirm: () => void
  onCancel: () => void
  saving: boolean
}) {
  return (
    <Notice className="editor-notice" tone="warning" heading="You are changing the session’s key">
      <p>
        School, school year and session name identify a session. Changing them renames it everywhere: the records that refer to it (course
        offerings, sections and others) are updated too, and the change appears in the change history as a key change.
      </p>
      <CascadeCount sessionKey={oldKey} />
      <div className="form-actions">
        <button type="button" className="primary" disabled={saving} onClick={onConfirm}>
          Change the key and save
        </button>
        <button type="button" disabled={saving} onClick={onCancel}>
          Keep the old key
        </button>
      </div>
    </Notice>
  )
}

export function DeletedElsewhere({ onRecreate, saving }: { onRecreate: () => void; saving: boolean }) {
  return (
    <Notice className="editor-notice" tone="warning" heading="This session was deleted after you opened it">
      <p>Someone deleted it, so there is nothing to update. Everything you typed is still in the form.</p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={saving} onClick={onRecreate}>
          Re-create it from this form
        </button>
      </div>
    </Notice>
  )
}

export function SaveFailed({ error }: { error: ApiError }) {
  const general = [
    ...error.errors,
    ...Object.entries(error.validationErrors)
      .filter(([path]) => path === '$')
      .flatMap(([, messages]) => messages),
  ]
  const whatToDo =
    error.kind === 'write-outcome-unknown'
      ? 'The answer was lost, so the save may or may not have happened. Everything ' +
        'you typed is still here: reopen the session to check before saving again.'
      : error.isValidation
        ? 'The highlighted fields need a change. Everything else you typed is kept.'
        : 'Everything you typed is still here: save again when the connection is back.'
  return (
    <Notice className="editor-notice" tone="error" heading="Not saved">
      <ErrorDetails error={error} messages={general} whatToDo={whatToDo} />
    </Notice>
  )
}
