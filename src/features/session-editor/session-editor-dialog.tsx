import * as Dialog from '@radix-ui/react-dialog'
import { ErrorDetails } from '../../components/ui/error-details.tsx'
import { Notice } from '../../components/ui/notice.tsx'
import { useBlocker } from '@tanstack/react-router'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import type { SessionEditorDialogProps } from '../../entities/sessions/editor-contract.ts'
import { DiscardChangesDialog } from './discard-changes-dialog.tsx'
import { EditorForm } from './editor-form.tsx'
import { usePinnedSession } from './use-pinned-session.ts'
import { useReturnFocus } from './use-return-focus.ts'
import './session-editor.css'

// Create (POST) and edit (PUT + If-Match) in one dialog: this shell holds the Radix dialog (focus
// trap, Escape, focus back to the opener) and, for an edit, reads the record once; editor-form.tsx
// holds the form and the save. The etag is pinned when that read is complete: a background
// refetch never moves it, so a save can only replace the version the steward saw.

export default function SessionEditorDialog(props: SessionEditorDialogProps) {
  // The root stays mounted while closed, so Radix hands focus back to the button that opened it;
  // the content mounts on each opening, so every opening starts from the stored record.
  return (
    <Dialog.Root open={props.open} onOpenChange={() => undefined}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        {props.open && <OpenEditor {...props} />}
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function OpenEditor({ mode, sessionId = '', onOpenChange, onSaved, prefill }: SessionEditorDialogProps) {
  const editing = mode === 'edit'
  const { snapshot } = useSnapshotMode()
  const onClose = () => onOpenChange(false)
  const returnFocus = useReturnFocus()
  const [dirty, setDirty] = useState(false)
  const [askDiscard, setAskDiscard] = useState(false)
  const guard = useRef({ dirty: false, leaving: false })
  const onDirtyChange = useCallback((next: boolean) => {
    guard.current.dirty = next
    setDirty(next)
  }, [])
  const mustAsk = () => guard.current.dirty && !guard.current.leaving
  const blocker = useBlocker({ shouldBlockFn: mustAsk, enableBeforeUnload: mustAsk, withResolver: true })
  const close = () => (dirty ? setAskDiscard(true) : onClose())
  const { pinned: base, error: loadError, retry } = usePinnedSession(editing ? sessionId : undefined)
  const content = useRef<HTMLDivElement>(null)
  const loaded = Boolean(base)
  useEffect(() => {
    const dialog = content.current
    if (loaded && dialog && (document.activeElement === dialog || !dialog.contains(document.activeElement))) focusFirstField(dialog)
  }, [loaded])

  return (
    <Dialog.Content
      className="dialog-content session-editor"
      aria-describedby="session-editor-description"
      ref={content}
      onOpenAutoFocus={(event) => {
        // The first field, not the close button; while an edit still loads, the dialog itself, so
        // focus is inside (and trapped) from the start and moves to the field when it appears.
        event.preventDefault()
        focusFirstField(content.current)
      }}
      onCloseAutoFocus={returnFocus}
      onEscapeKeyDown={(event) => {
        event.preventDefault()
        close()
      }}
      onPointerDownOutside={(event) => {
        event.preventDefault()
        close()
      }}
      onInteractOutside={(event) => event.preventDefault()}
    >
      <div className="dialog-heading">
        <Dialog.Title>{editing ? 'Edit session' : 'New session'}</Dialog.Title>
        <button type="button" className="dialog-close" aria-label="Close" onClick={close}>
          ×
        </button>
      </div>
      <Dialog.Description id="session-editor-description" className="form-hint">
        {editing
          ? 'If someone else saves this session while you edit it, you will see both versions before anything is overwritten.'
          : 'Everything but grading periods and academic weeks is required.'}
      </Dialog.Description>
      {snapshot && (
        <Notice tone="warning">
          <p>Snapshot mode is read-only: turn it off in the header to save changes.</p>
        </Notice>
      )}
      {loadError ? (
        <Notice tone="error" heading="The session could not be loaded">
          <ErrorDetails error={loadError} apiWords={false} messages={[]} whatToDo={loadError.summary} />
          <button type="button" onClick={retry}>
            Try again
          </button>
        </Notice>
      ) : editing && !base ? (
        <p className="status" role="status">
          Loading the session…
        </p>
      ) : (
        <EditorForm
          editing={editing}
          sessionId={sessionId}
          base={base}
          onClose={onClose}
          onSaved={onSaved}
          prefill={prefill}
          onCancel={close}
          onDirtyChange={onDirtyChange}
          onLeave={() => {
            guard.current.leaving = true
          }}
        />
      )}
      <DiscardChangesDialog
        open={askDiscard || blocker.status === 'blocked'}
        onKeepEditing={() => {
          setAskDiscard(false)
          if (blocker.status === 'blocked') blocker.reset()
        }}
        onDiscard={() => {
          setAskDiscard(false)
          guard.current.leaving = true
          if (blocker.status === 'blocked') blocker.proceed()
          else onClose()
        }}
      />
    </Dialog.Content>
  )
}

function focusFirstField(dialog: HTMLElement | null) {
  const field = dialog?.querySelector<HTMLElement>('select, input, textarea')
  ;(field ?? dialog)?.focus()
}
