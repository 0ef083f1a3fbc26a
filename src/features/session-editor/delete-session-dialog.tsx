import * as AlertDialog from '@radix-ui/react-alert-dialog'
import { useState } from 'react'
import { ApiError } from '../../lib/api-error.ts'
import { DialogFooter } from '../../components/ui/dialog-footer.tsx'
import { ErrorDetails } from '../../components/ui/error-details.tsx'
import { Notice } from '../../components/ui/notice.tsx'
import { notify } from '../../components/ui/notify.ts'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import type { SessionDetail } from '../../entities/sessions/get-session.ts'
import { SessionConflictError, SessionNotFoundError } from '../../entities/sessions/session-errors.ts'
import { useDeleteSession } from '../../entities/sessions/session-mutations.ts'
import { useSessionLookups } from '../../entities/lookups/use-session-lookups.ts'
import { conflictRows } from './conflict-merge.ts'
import { DependentOfferingsList } from './dependent-offerings.tsx'
import { dependentTypeOf } from './dependent-type.ts'
import type { DeleteSessionDialogProps } from '../../entities/sessions/editor-contract.ts'
import { formatFormValue } from './format-form-value.ts'
import { sessionToForm } from '../../entities/sessions/session-form-rules.ts'
import { sessionKeyOf, toSessionBody } from '../../entities/sessions/session-schema.ts'
import { usePinnedSession } from './use-pinned-session.ts'
import { useReturnFocus } from './use-return-focus.ts'
import './session-editor.css'

// Delete with the etag pinned when the confirmation opened (If-Match): a session someone changed
// meanwhile is not deleted unseen. 412 shows what changed and asks again; 409 says which kind of
// record still refers to it; 404 means it is already gone.

type Outcome =
  | { kind: 'none' }
  | { kind: 'changed'; seen: SessionDetail; now: SessionDetail }
  | { kind: 'blocked'; error: ApiError }
  | { kind: 'gone' }
  | { kind: 'failed'; error: ApiError }

export default function DeleteSessionDialog(props: DeleteSessionDialogProps) {
  if (!props.open) return null
  return <OpenDeleteDialog {...props} />
}

function OpenDeleteDialog({ sessionId, onOpenChange, onDeleted }: DeleteSessionDialogProps) {
  const { snapshot } = useSnapshotMode()
  const { pinned, repin, error: loadError } = usePinnedSession(sessionId)
  const lookups = useSessionLookups(false)
  const remove = useDeleteSession({ snapshot })
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' })
  const returnFocus = useReturnFocus()

  async function confirm(base: SessionDetail) {
    setOutcome({ kind: 'none' })
    try {
      await remove.mutateAsync({ id: sessionId, ifMatch: base.etag })
      notify.success('Session deleted', base.session.sessionName)
      onOpenChange(false)
      onDeleted?.()
    } catch (error) {
      if (error instanceof SessionConflictError && error.current) return setOutcome({ kind: 'changed', seen: base, now: error.current })
      if (error instanceof SessionNotFoundError || (error instanceof SessionConflictError && error.theirs.state === 'deleted'))
        return setOutcome({ kind: 'gone' })
      if (!(error instanceof ApiError)) throw error
      setOutcome(error.isConflict409 ? { kind: 'blocked', error } : { kind: 'failed', error })
    }
  }

  const session = pinned?.session
  const name = session?.sessionName ?? 'this session'
  const school = session
    ? (lookups.schoolName(session.schoolReference.schoolId) ?? `school ${session.schoolReference.schoolId}`)
    : undefined
  return (
    <AlertDialog.Root open onOpenChange={(open) => !open && onOpenChange(false)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog-content dialog-small" onCloseAutoFocus={returnFocus}>
          <AlertDialog.Title>Delete “{name}”?</AlertDialog.Title>
          <AlertDialog.Description>
            {session
              ? `${school}, school year ${session.schoolYearTypeReference.schoolYear}. ` +
                'Deleting cannot be undone; Ed-Fi keeps only its key in the deletes list.'
              : loadError
                ? `The session could not be read: ${loadError.summary}`
                : 'Loading the session…'}
          </AlertDialog.Description>
          {snapshot && <p className="alert alert-warning">Snapshot mode is read-only: turn it off in the header to delete.</p>}
          <DeleteOutcome outcome={outcome} schoolName={lookups.schoolName} session={session} />
          <DialogFooter>
            {outcome.kind === 'gone' ? (
              <button
                type="button"
                className="primary"
                onClick={() => {
                  onOpenChange(false)
                  onDeleted?.()
                }}
              >
                Back to the sessions
              </button>
            ) : (
              <button
                type="button"
                className="danger"
                disabled={!pinned || remove.isPending || snapshot || outcome.kind === 'blocked'}
                onClick={() => {
                  if (outcome.kind === 'changed') {
                    repin(outcome.now)
                    void confirm(outcome.now)
                  } else if (pinned) void confirm(pinned)
                }}
              >
                {remove.isPending ? 'Deleting…' : outcome.kind === 'changed' ? 'Delete their version' : 'Delete session'}
              </button>
            )}
            <AlertDialog.Cancel asChild>
              <button type="button">{outcome.kind === 'gone' ? 'Close' : 'Keep it'}</button>
            </AlertDialog.Cancel>
          </DialogFooter>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}

function DeleteOutcome({
  outcome,
  schoolName,
  session,
}: {
  outcome: Outcome
  schoolName: (id: number) => string | undefined
  session: SessionDetail['session'] | undefined
}) {
  if (outcome.kind === 'none') return null
  if (outcome.kind === 'gone') {
    return (
      <Notice tone="warning" role="alert">
        <p>This session was already deleted, by someone else or in another tab. There is nothing left to delete.</p>
      </Notice>
    )
  }
  if (outcome.kind === 'blocked') {
    const dependent = dependentTypeOf(outcome.error.detail)
    return (
      <Notice tone="error" heading="It cannot be deleted while other records use it">
        <p>
          {dependent ? `At least one ${dependent} refers to this session.` : 'Other records refer to this session.'} Delete or move those
          records first (for example, point them to another session), then delete this one.
        </p>
        {session && <DependentOfferingsList sessionKey={sessionKeyOf(toSessionBody(session))} />}
        <ErrorDetails error={outcome.error} apiWords={false} messages={[]} helpDeskLines={[`Ed-Fi said: ${outcome.error.detail}`]} />
      </Notice>
    )
  }
  if (outcome.kind === 'failed') {
    return (
      <Notice tone="error" heading="Not deleted">
        <ErrorDetails error={outcome.error} apiWords={false} messages={[]} whatToDo={outcome.error.summary} />
      </Notice>
    )
  }
  const seen = sessionToForm(outcome.seen.session)
  const now = sessionToForm(outcome.now.session)
  const changed = conflictRows(seen, seen, now).filter((row) => row.changedByThem)
  return (
    <Notice tone="warning" role="alert" heading="Someone changed this session after you opened it">
      <p>Nothing was deleted. What changed:</p>
      <ul className="alert-details">
        {changed.map((row) => (
          <li key={row.field}>
            {row.label}: {formatFormValue(row.field, row.original, schoolName)} → {formatFormValue(row.field, row.theirs, schoolName)}
          </li>
        ))}
        {changed.length === 0 && <li>Only its version changed (it was saved again with the same values).</li>}
      </ul>
      <p>Delete their version, or keep it.</p>
    </Notice>
  )
}
