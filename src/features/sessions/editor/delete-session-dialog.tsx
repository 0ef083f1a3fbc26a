import type { DeleteSessionDialogProps } from './editor-contract.ts'

// Placeholder: replaced by the delete confirmation.
export default function DeleteSessionDialog(props: DeleteSessionDialogProps) {
  if (!props.open) return null
  return <p role="status">Delete is not built yet.</p>
}
