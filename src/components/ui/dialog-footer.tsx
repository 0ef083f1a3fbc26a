import type { ReactNode } from 'react'

/** The row of buttons at the bottom of a dialog: the main action first. */
export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="form-actions dialog-actions">{children}</div>
}
