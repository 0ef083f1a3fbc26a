import { Link, useNavigate } from '@tanstack/react-router'
import { memo } from 'react'
import { useSnapshotMode } from '../../../shared/snapshot/snapshot-mode.tsx'
import { useBatchRun } from '../apply/use-batch-run.ts'
import { withExistsChoice } from '../next-year/next-year-plan.ts'
import { isWrite, type Batch } from '../plan/plan-types.ts'
import { useConnectionKey } from '../use-connection-key.ts'
import { buildUndoRows } from '../plan/undo-plan.ts'
import { ApplyProgress } from './apply-progress.tsx'
import { BatchSummary } from './batch-summary.tsx'
import { NeededGradingPeriods } from './needed-grading-periods.tsx'
import { PlanTable } from './plan-table.tsx'
import { ResultsDownload } from './results-download.tsx'
import { useWarnBeforeLeaving } from './use-warn-before-leaving.ts'
import '../bulk.css'

// Outcomes change once a second while a batch runs: the table skips the progress bar's renders.
const StablePlanTable = memo(PlanTable)

const STATE_WORDS = {
  planned: 'Dry run: nothing has been written yet. Read the plan, then apply it.',
  applying: 'Writing the changes…',
  stopped: 'Stopped before every row was done. Resume to finish: rows already written are checked, never written twice.',
  finished: 'Done. Every row has a result below.',
} as const

function nothingToWrite(batch: Batch): string {
  const exists = batch.rows.some((row) => row.existsChoice)
  return `Dry run: this plan writes nothing. Every row is skipped, unchanged or has a problem${exists ? '; choose “update” on a row that exists to write it' : ''}.`
}

export function BatchPage({ batchId }: { batchId: string }) {
  const { view, apply, cancel, planUndo, clear, replaceBatch } = useBatchRun(batchId)
  const { snapshot } = useSnapshotMode()
  const connection = useConnectionKey()
  const navigate = useNavigate()
  useWarnBeforeLeaving(view.stage === 'ready' && view.running)
  if (view.stage === 'loading') return <p className="status">Loading the batch…</p>
  if (view.stage === 'missing')
    return (
      <section className="page">
        <h1>Batch not found</h1>
        <p>
          It was cleared, or it was made in another browser. <Link to="/bulk">See the batches kept in this browser</Link>.
        </p>
      </section>
    )
  const { batch, outcomes, running, progress } = view
  const writes = batch.rows.filter(isWrite).length
  // A plan read from one API never runs against another: its ids and versions mean nothing there.
  const otherApi = batch.connection !== connection
  const readOnly = snapshot || otherApi
  const canUndo = !running && batch.state !== 'planned' && !batch.undoneBy && buildUndoRows(batch, outcomes).length > 0
  const startUndo = async () => {
    const id = await planUndo()
    if (id) await navigate({ to: '/bulk/$batchId', params: { batchId: id } })
  }
  const discard = async () => {
    await clear()
    await navigate({ to: '/bulk' })
  }
  return (
    <section className="page bulk-page" aria-labelledby="batch-heading">
      <title>{`${batch.title} · Ed-Fi Sessions Steward`}</title>
      <h1 id="batch-heading">{batch.title}</h1>
      <p className="page-lead" role="status">
        {running ? STATE_WORDS.applying : batch.state === 'planned' && writes === 0 ? nothingToWrite(batch) : STATE_WORDS[batch.state]}
      </p>
      {batch.undoOf && (
        <p>
          This batch takes back{' '}
          <Link to="/bulk/$batchId" params={{ batchId: batch.undoOf }}>
            an earlier batch
          </Link>
          . Sessions changed since then are listed, not overwritten.
        </p>
      )}
      {batch.notes?.map((note) => (
        <div key={note} className="alert alert-warning">
          <p>
            {note}
            {batch.state === 'planned' && batch.neededGradingPeriods?.length
              ? ' Add them first (then prepare the dry run again) to keep them.'
              : ''}
          </p>
          {batch.neededGradingPeriods && <NeededGradingPeriods needed={batch.neededGradingPeriods} />}
        </div>
      ))}
      <BatchSummary batch={batch} outcomes={outcomes} />
      {running && progress && <ApplyProgress progress={progress} onCancel={cancel} />}
      {!running && (
        <div className="form-actions bulk-actions">
          {batch.state !== 'finished' && writes > 0 && (
            <button type="button" className="primary" disabled={readOnly} onClick={() => void apply()}>
              {batch.state === 'planned' ? `Apply ${writes} change${writes === 1 ? '' : 's'}` : 'Resume'}
            </button>
          )}
          {outcomes.size > 0 && <ResultsDownload batch={batch} outcomes={outcomes} />}
          {canUndo && !readOnly && (
            <button type="button" onClick={() => void startUndo()}>
              Undo this batch…
            </button>
          )}
          {batch.undoneBy && (
            <Link to="/bulk/$batchId" params={{ batchId: batch.undoneBy }}>
              See the undo of this batch
            </Link>
          )}
          <button type="button" onClick={() => void discard()}>
            {batch.state === 'planned' ? 'Discard this plan' : 'Clear from this browser'}
          </button>
        </div>
      )}
      {snapshot && <p className="alert alert-warning">Snapshot mode is read-only: turn it off to apply changes.</p>}
      {otherApi && (
        <p className="alert alert-warning">
          This batch was planned against another Ed-Fi API or client. Switch back to it on the Connection screen to apply, resume or undo
          it.
        </p>
      )}
      <StablePlanTable
        batch={batch}
        outcomes={outcomes}
        onExistsChoice={
          batch.state === 'planned' && !running
            ? (row, choice) =>
                void replaceBatch({ ...batch, rows: batch.rows.map((r) => (r.n === row.n ? withExistsChoice(r, choice) : r)) })
            : undefined
        }
      />
    </section>
  )
}
