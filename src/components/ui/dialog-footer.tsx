import type { ReactNode } from 'react'

export function DialogFooter({ children }: { children: ReactNode }) {
  return <div className="form-actions dialog-actions">{children}</div>
}
