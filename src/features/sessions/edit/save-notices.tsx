import type { ReactNode } from 'react'
import type { ApiError } from '../../../lib/api-error.ts'
import { HelpDeskDetails } from '../../../components/ui/help-desk-details.tsx'
import type { Session, SessionKey } from '../api/session-schema.ts'
import { CascadeCount } from './dependent-offerings.tsx'

// The notices the editor shows above its buttons before or after a save. Text from the API is
// rendered as text.

export function UpsertWarning({ existing, onOpenExisting, onUpdateAnyway, onCancel }: { existing: Session; onOpenExisting: () => void; onUpdateAnyway: () => void; onCancel: () => void }) {
  return (
    <Notice tone="warning" heading="This session already exists">
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

export function KeyChangeWarning({ oldKey, onConfirm, onCancel, saving }: { oldKey: SessionKey; onConfirm: () => void; onCancel: () => void; saving: boolean }) {
  return (
    <Notice tone="warning" heading="You are changing the session’s key">
      <p>
        School, school year and session name identify a session. Changing them renames it everywhere: the records that refer to it
        (course offerings, sections and others) are updated too, and the change appears in the change history as a key change.
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
    <Notice tone="warning" heading="This session was deleted after you opened it">
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
  const unknown = error.kind === 'write-outcome-unknown'
  const general = [...error.errors, ...Object.entries(error.validationErrors).filter(([path]) => path === '$').flatMap(([, messages]) => messages)]
  return (
    <Notice tone="error" heading="Not saved">
      <p>
        <strong>{error.title}.</strong> {error.detail}
      </p>
      {general.length > 0 && (
        <ul className="alert-details">
          {general.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
      <p>
        {unknown
          ? 'The answer was lost, so the save may or may not have happened. Everything you typed is still here: reopen the session to check before saving again.'
          : error.isValidation
            ? 'The highlighted fields need a change. Everything else you typed is kept.'
            : 'Everything you typed is still here: save again when the connection is back.'}
      </p>
      <HelpDeskDetails correlationId={error.correlationId} />
    </Notice>
  )
}

function Notice({ tone, heading, children }: { tone: 'warning' | 'error'; heading: string; children: ReactNode }) {
  return (
    <div className={`alert alert-${tone} editor-notice`} role={tone === 'error' ? 'alert' : 'status'}>
      <h3>{heading}</h3>
      {children}
    </div>
  )
}
