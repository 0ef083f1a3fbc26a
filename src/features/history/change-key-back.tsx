import { useState } from 'react'
import { notify } from '../../components/ui/notify.ts'
import { useUpdateSession } from '../../entities/sessions/session-mutations.ts'
import { sessionKeyOf, toSessionBody, type Session, type SessionKeyChange } from '../../entities/sessions/session-schema.ts'

interface ChangeKeyBackProps {
  session: Session
  etag: string
  change: SessionKeyChange
  snapshot: boolean
}

/**
 * Undoes a key change: the session gets its old natural key back (a PUT with the current etag as
 * If-Match, so a colleague's newer change is not overwritten). Offered only while the session still
 * holds the new key. The save goes through the app's write path and so into the local journal.
 */
export function ChangeKeyBack({ session, etag, change, snapshot }: ChangeKeyBackProps) {
  const update = useUpdateSession({ snapshot })
  const [confirming, setConfirming] = useState(false)
  const old = change.oldKeyValues ?? {}
  const now = sessionKeyOf(session)
  const holdsNewKey =
    now.sessionName === change.newKeyValues?.sessionName &&
    now.schoolId === change.newKeyValues.schoolId &&
    now.schoolYear === change.newKeyValues.schoolYear
  if (!holdsNewKey || old.sessionName === undefined || old.schoolId === undefined || old.schoolYear === undefined || snapshot) return null

  const revert = () => {
    const before = toSessionBody(session)
    const body = {
      ...before,
      sessionName: old.sessionName!,
      schoolReference: { schoolId: old.schoolId! },
      schoolYearTypeReference: { schoolYear: old.schoolYear! },
    }
    update.mutate(
      { id: session.id, session: body, ifMatch: etag, before },
      {
        onSuccess: () => {
          setConfirming(false)
          notify.success(`Key changed back to “${old.sessionName}”`)
        },
      },
    )
  }

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        Change the key back to “{old.sessionName}”…
      </button>
    )
  }
  return (
    <div className="alert alert-warning" role="group" aria-label="Confirm changing the key back">
      <p>
        Rename “{session.sessionName}” back to “{old.sessionName}”? Records that refer to this session follow the key change.
      </p>
      {update.isError && (
        <p className="form-error" role="alert">
          {update.error.status === 412
            ? 'Someone changed this session since it was loaded; reload the page and try again.'
            : update.error.summary}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={update.isPending} onClick={revert}>
          {update.isPending ? 'Saving…' : 'Change key back'}
        </button>
        <button type="button" disabled={update.isPending} onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  )
}
