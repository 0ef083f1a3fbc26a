import { lazy, Suspense, useState, type ComponentType } from 'react'
import type { DeleteSessionDialogProps, SessionEditorDialogProps } from '../../entities/sessions/editor-contract.ts'

// The editor and the delete confirmation are separate chunks (form rules, diff view, Radix dialog):
// nothing is downloaded until a steward first opens one. Once loaded, a dialog stays mounted so it
// can close itself and hand focus back to the button that opened it.

function lazyDialog<P extends { open: boolean }>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Dialog = lazy(load)
  return function LazyDialog(props: P) {
    const [opened, setOpened] = useState(props.open)
    if (props.open && !opened) setOpened(true)
    if (!opened) return null
    return (
      <Suspense fallback={<DialogLoading />}>
        <Dialog {...props} />
      </Suspense>
    )
  }
}

export const LazySessionEditor = lazyDialog<SessionEditorDialogProps>(() => import('./session-editor-dialog.tsx'))
export const LazyDeleteSessionDialog = lazyDialog<DeleteSessionDialogProps>(() => import('./delete-session-dialog.tsx'))

function DialogLoading() {
  return (
    <p className="status" role="status">
      Opening…
    </p>
  )
}
