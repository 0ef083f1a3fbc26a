import { useId, useState, type FormEvent } from 'react'
import { ApiErrorAlert } from '../../components/ui/api-error-alert.tsx'
import { ApiError } from '../../lib/api-error.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import type { ExportFormat } from './export-formats.ts'
import { canPickSaveFile } from './export-sinks.ts'
import { ExportSummary } from './export-summary.tsx'
import { useExpectedRows, useSnapshotAvailability } from './use-export-preview.ts'
import type { Destination, ExportChoices } from './use-export-run.ts'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'

interface ExportSetupProps {
  filters: SessionFilters
  changeWindow: ChangeVersionWindow | undefined
  onStart: (choices: ExportChoices) => void
  onClose: () => void
}

/** The choices before an export: format, source (snapshot or live), where the file goes. */
export function ExportSetup({ filters, changeWindow, onStart, onClose }: ExportSetupProps) {
  const ids = { bom: useId(), live: useId() }
  const availability = useSnapshotAvailability()
  const cursorPaging = useCapabilities()?.cursorPaging !== false
  const [format, setFormat] = useState<ExportFormat>('csv')
  const [bom, setBom] = useState(true)
  const [chosenSource, setChosenSource] = useState<'snapshot' | 'live' | undefined>(undefined)
  const pickerAvailable = canPickSaveFile()
  const [destination, setDestination] = useState<Destination>(pickerAvailable ? 'file' : 'download')
  // The snapshot is the default whenever the server has one: the file then cannot change while it is written.
  const source = chosenSource ?? (availability.state === 'available' ? 'snapshot' : 'live')
  const snapshot = source === 'snapshot'
  const count = useExpectedRows(filters, changeWindow, snapshot, availability.state !== 'checking')

  const liveNote = availability.state === 'none' || availability.state === 'unknown' || !snapshot

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onStart({ filters, changeWindow, snapshot, format, bom: format === 'csv' && bom, destination })
  }

  return (
    <form className="export-setup" onSubmit={submit}>
      <ExportSummary filters={filters} changeWindow={changeWindow} snapshot={snapshot} expectedRows={count.data?.total} countError={count.isError} />
      {count.isError && <ApiErrorAlert error={count.error} heading="The sessions could not be counted" onRetry={() => void count.refetch()} />}

      <fieldset>
        <legend>Format</legend>
        <label className="export-choice">
          <input type="radio" name="format" value="csv" checked={format === 'csv'} onChange={() => setFormat('csv')} />
          CSV for spreadsheets (labels and URIs, school names, one row per session)
        </label>
        <label className="export-choice">
          <input type="radio" name="format" value="jsonl" checked={format === 'jsonl'} onChange={() => setFormat('jsonl')} />
          JSON Lines (Ed-Fi bodies as the API returns them, one per line)
        </label>
        {format === 'csv' && (
          <div className="form-check export-bom">
            <input id={ids.bom} type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} aria-describedby={`${ids.bom}-hint`} />
            <label htmlFor={ids.bom}>Start with a UTF-8 byte order mark</label>
            <p id={`${ids.bom}-hint`} className="form-hint">
              Excel needs it to show accented and non-Latin letters correctly; leave it off for tools that do not expect one.
            </p>
          </div>
        )}
        {format === 'csv' && (
          <p className="form-hint">
            A text cell that starts with = + - or @ is written with a leading apostrophe, so a spreadsheet shows it instead of running it as a
            formula. JSON Lines keeps every value exactly as sent.
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>Read from</legend>
        {availability.state === 'checking' && <p className="status">Checking whether the server has a snapshot…</p>}
        {availability.state === 'available' && (
          <label className="export-choice">
            <input type="radio" name="source" value="snapshot" checked={snapshot} onChange={() => setChosenSource('snapshot')} />
            {availability.newestChangeVersion === undefined
              ? 'The snapshot (consistent: changes made after it was taken are not in it)'
              : `The snapshot (consistent: holds changes up to change version ${availability.newestChangeVersion}; later changes are not in it)`}
          </label>
        )}
        <label className="export-choice">
          <input type="radio" name="source" value="live" checked={!snapshot} onChange={() => setChosenSource('live')} aria-describedby={liveNote ? ids.live : undefined} />
          Live data
        </label>
        {liveNote && (
          <p id={ids.live} className="alert alert-warning export-live-note">
            {availability.state === 'none' ? 'No snapshot on this server: reading live data. ' : availability.state === 'unknown' ? 'The snapshot could not be checked: reading live data. ' : ''}
            Rows may change during the export: sessions that colleagues add, change or delete meanwhile can make the file differ from the count.
            {!cursorPaging && ' This server cannot page with cursors, so its numbered pages are read one after another; a session added or deleted meanwhile can shift them, so a row may be missed or written twice.'}
          </p>
        )}
        {availability.state === 'unknown' && availability.error instanceof ApiError && (
          <p className="form-hint">
            ({availability.error.title}: {availability.error.detail})
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>Save to</legend>
        {pickerAvailable ? (
          <>
            <label className="export-choice">
              <input type="radio" name="destination" value="file" checked={destination === 'file'} onChange={() => setDestination('file')} />
              A file I choose now (rows are written to it as they arrive)
            </label>
            <label className="export-choice">
              <input type="radio" name="destination" value="download" checked={destination === 'download'} onChange={() => setDestination('download')} />
              A download when the export is complete
            </label>
          </>
        ) : (
          <p className="form-hint">This browser cannot write to a chosen file: the export is offered as a download when it is complete.</p>
        )}
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={count.data?.total === undefined}>
          Start export
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  )
}
