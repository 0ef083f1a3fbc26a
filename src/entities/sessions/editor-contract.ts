// What the sessions screens (grid, detail) need from the editor. The dialogs themselves are
// lazy-loaded (React.lazy on the default exports of session-editor-dialog.tsx and
// delete-session-dialog.tsx), so the initial route does not carry the form, zod rules or diff view.

export interface SessionEditorDialogProps {
  /** 'create' opens an empty form (POST); 'edit' loads `sessionId` and pins its etag (PUT + If-Match). */
  mode: 'create' | 'edit'
  sessionId?: string
  open: boolean
  onOpenChange: (open: boolean) => void
  /** After a confirmed save: the id (it may be new after a key change) and whether a record was created. */
  onSaved?: (result: { id: string; created: boolean }) => void
  /** Edit: values to put in the form over the stored ones (a suggested fix); the form starts unsaved. */
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
  /** After a confirmed delete. */
  onDeleted?: () => void
}
