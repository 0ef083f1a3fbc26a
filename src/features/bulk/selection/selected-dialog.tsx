import * as Dialog from '@radix-ui/react-dialog'
import { useState } from 'react'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import type { ChangeVersionWindow, SessionFilters } from '../../../entities/sessions/session-params.ts'
import { useSessionFormRules } from '../../../shared/connection/use-session-form-rules.ts'
import { buildDeleteRows, buildEditRows, type FieldEdits } from '../plan/edit-plan.ts'
import type { Batch } from '../plan/plan-types.ts'
import { usePrepareBatch } from '../plan/use-prepare-batch.ts'
import { useConnectionKey } from '../use-connection-key.ts'
import { EditFields } from './edit-fields.tsx'
import { readSelected } from './read-selected.ts'

interface SelectedDialogProps {
  mode: 'edit' | 'delete'
  count: number
  choice: { allMatching: boolean; ids: ReadonlySet<string>; filters: SessionFilters; changeWindow: ChangeVersionWindow }
}

const plural = (n: number) => `${n.toLocaleString()} session${n === 1 ? '' : 's'}`

export function SelectedDialog({ mode, count, choice }: SelectedDialogProps) {
  const connection = useConnectionKey()
  const [open, setOpen] = useState(false)
  const [edits, setEdits] = useState<FieldEdits | undefined>(mode === 'delete' ? undefined : { kind: 'set' })
  const { busy, error, prepare } = usePrepareBatch()
  const { limits } = useSessionFormRules()

  const build = async (): Promise<Batch> => {
    const sessions = await readSelected(choice)
    const rows = mode === 'delete' ? buildDeleteRows(sessions) : buildEditRows(sessions, edits!, limits)
    return {
      id: crypto.randomUUID(),
      kind: mode,
      title: mode === 'delete' ? `Delete ${plural(rows.length)}` : `Edit ${plural(rows.length)}`,
      connection,
      createdAt: new Date().toISOString(),
      state: 'planned',
      rows,
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button">{mode === 'delete' ? 'Delete selected…' : 'Edit selected…'}</button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content bulk-dialog">
          <Dialog.Title>{mode === 'delete' ? `Delete ${plural(count)}` : `Edit ${plural(count)}`}</Dialog.Title>
          <Dialog.Description className="muted">
            {mode === 'delete'
              ? 'Next you see every session that would be deleted. Sessions that course offerings still use cannot be deleted; they are listed with the reason.'
              : 'Fill in only what should change. Next you see each session before and after; nothing is written until you apply it.'}
          </Dialog.Description>
          <form className="bulk-form" onSubmit={(e) => (e.preventDefault(), void prepare(build))}>
            {mode === 'edit' && <EditFields edits={edits!} onChange={setEdits} />}
            {error && <ApiErrorAlert error={error} heading="The selected sessions could not be read" />}
            <div className="form-actions">
              <button type="submit" className="primary" disabled={busy}>
                {busy ? 'Reading the sessions…' : 'Show the dry run'}
              </button>
              <Dialog.Close asChild>
                <button type="button">Cancel</button>
              </Dialog.Close>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
