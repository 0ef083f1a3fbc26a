import * as AlertDialog from '@radix-ui/react-alert-dialog'
import { DialogFooter } from '../../components/ui/dialog-footer.tsx'
import { useReturnFocus } from './use-return-focus.ts'

export function DiscardChangesDialog({
  open,
  onKeepEditing,
  onDiscard,
}: {
  open: boolean
  onKeepEditing: () => void
  onDiscard: () => void
}) {
  if (!open) return null
  return <OpenDiscardDialog onKeepEditing={onKeepEditing} onDiscard={onDiscard} />
}

function OpenDiscardDialog({ onKeepEditing, onDiscard }: { onKeepEditing: () => void; onDiscard: () => void }) {
  const returnFocus = useReturnFocus()
  return (
    <AlertDialog.Root open onOpenChange={(next) => !next && onKeepEditing()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay dialog-overlay-top" />
        <AlertDialog.Content className="dialog-content dialog-small dialog-top" onCloseAutoFocus={returnFocus}>
          <AlertDialog.Title>Discard your changes?</AlertDialog.Title>
          <AlertDialog.Description>The session has changes that are not saved. Discarding them cannot be undone.</AlertDialog.Description>
          <DialogFooter>
            <AlertDialog.Cancel asChild>
              <button type="button" className="primary">
                Keep editing
              </button>
            </AlertDialog.Cancel>
            {/* Not an AlertDialog.Action: that also reports "closed", which means "keep editing" here. */}
            <button type="button" className="danger" onClick={onDiscard}>
              Discard changes
            </button>
          </DialogFooter>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
