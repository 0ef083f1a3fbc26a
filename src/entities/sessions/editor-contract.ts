// The dialogs are lazy-loaded, so the initial route does not carry the form, zod rules or diff view.

export interface SessionEditorDialogProps {
  mode: 'create' | 'edit'
  sessionId?: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onSaved?: (result: { id: string; created: boolean }) => void
  prefill?: EditorPrefill
}

export interface EditorPrefill {
  beginDate?: string
  endDate?: string
  totalInstructionalDays?: number
}

export interface DeleteSessionDialogProps {
  sessionId: string
  open: boolean
  onOpenChange: (open: boolean) => void
  onDeleted?: () => void
}
