import * as Dialog from '@radix-ui/react-dialog'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import { ExportCancelled, ExportDone, ExportFailed } from './export-outcome.tsx'
import { ExportProgressView } from './export-progress-view.tsx'
import { ExportSetup } from './export-setup.tsx'
import { useExportRun } from './use-export-run.ts'
import './export.css'

export interface ExportDialogProps {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
  onClose: () => void
}

export default function ExportDialog({ filters, changeWindow, onClose }: ExportDialogProps) {
  const { state, start, retry, cancel, reset } = useExportRun()
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content export-dialog">
          <Dialog.Title>Export sessions</Dialog.Title>
          <Dialog.Description className="muted">
            Every session that matches the grid’s filters, not only the page on screen.
            {state.stage === 'running' && ' Closing this dialog cancels the export.'}
          </Dialog.Description>
          {state.stage === 'setup' && (
            <ExportSetup filters={filters} changeWindow={changeWindow} onStart={(choices) => void start(choices)} onClose={onClose} />
          )}
          {state.stage === 'running' && (
            <ExportProgressView
              progress={state.progress}
              updatedAt={state.updatedAt}
              clock={state.clock}
              snapshot={state.snapshot}
              onCancel={() => void cancel()}
            />
          )}
          {state.stage === 'failed' && (
            <ExportFailed
              error={state.error}
              partition={state.partition}
              progress={state.progress}
              onRetry={retry}
              onCancel={() => void cancel()}
            />
          )}
          {state.stage === 'done' && <ExportDone outcome={state.outcome} snapshot={state.snapshot} onAgain={reset} onClose={onClose} />}
          {state.stage === 'cancelled' && <ExportCancelled onAgain={reset} onClose={onClose} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
