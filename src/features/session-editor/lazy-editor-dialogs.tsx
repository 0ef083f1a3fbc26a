import { lazy, Suspense, useState } from 'react'
import type { DeleteSessionDialogProps, SessionEditorDialogProps } from '../../entities/sessions/editor-contract.ts'

// The editor and the delete confirmation are separate chunks (form rules, diff view, Radix dialog):
// nothing is downloaded until a steward first opens one. Once loaded, a dialog stays mounted so it
// can close itself and hand focus back to the button that opened it.

const SessionEditorDialog = lazy(() => import('./session-editor-dialog.tsx'))
const DeleteSessionDialog = lazy(() => import('./delete-session-dialog.tsx'))

function useOpenedOnce(open: boolean) {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  return opened
}

export function LazySessionEditor(props: SessionEditorDialogProps) {
  const opened = useOpenedOnce(props.open)
  if (!opened) return null
  return (
    <Suspense fallback={<DialogLoading />}>
      <SessionEditorDialog {...props} />
    </Suspense>
  )
}

export function LazyDeleteSessionDialog(props: DeleteSessionDialogProps) {
  const opened = useOpenedOnce(props.open)
  if (!opened) return null
  return (
    <Suspense fallback={<DialogLoading />}>
      <DeleteSessionDialog {...props} />
    </Suspense>
  )
}

function DialogLoading() {
  return (
    <p className="status" role="status">
      Opening…
    </p>
  )
}
