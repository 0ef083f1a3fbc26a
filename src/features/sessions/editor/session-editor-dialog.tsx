import type { SessionEditorDialogProps } from './editor-contract.ts'

// Placeholder: replaced by the create/edit dialog.
export default function SessionEditorDialog(props: SessionEditorDialogProps) {
  if (!props.open) return null
  return <p role="status">The session editor is not built yet.</p>
}
