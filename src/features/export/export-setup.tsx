import { useId, useState, type FormEvent } from 'react'
import { ApiErrorAlert } from '../../components/ui/api-error-alert.tsx'
import { ApiError } from '../../lib/api-error.ts'
import { useDetailsMode } from '../../lib/details-mode.ts'
import { formatRelative, formatTimestamp } from '../../lib/format-values.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import type { ExportFormat } from './export-formats.ts'
import { canPickSaveFile } from './export-sinks.ts'
import { ExportChoice } from './export-choice.tsx'
import { ExportSummary } from './export-summary.tsx'
import { useExpectedRows, useSnapshotAvailability, type SnapshotAvailability } from './use-export-preview.ts'
import type { Destination, ExportChoices } from './use-export-run.ts'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'

interface ExportSetupProps {
  filters: SessionFilters
  changeWindow: ChangeVersionWindow | undefined
  onStart: (choices: ExportChoices) => void
  onClose: () => void
}

export function ExportSetup({ filters, changeWindow, onStart, onClose }: ExportSetupProps) {
  const ids = { bom: useId(), live: useId() }
  const availability = useSnapshotAvailability()
  const cursorPaging = useCapabilities()?.cursorPaging !== false
  const details = useDetailsMode()
  const [format, setFormat] = useState<ExportFormat>('csv')
  const [bom, setBom] = useState(true)
  const [chosenSource, setChosenSource] = useState<'snapshot' | 'live' | undefined>(undefined)
  const pickerAvailable = canPickSaveFile()
  const [destination, setDestination] = useState<Destination>('download')
  // The snapshot is the default when it is up to date (the file then cannot change while it is
  // written); once live data holds newer changes, live data is, so the file is not silently old.
  const source = chosenSource ?? (availability.state === 'available' && availability.behindLive === false ? 'snapshot' : 'live')
  const snapshot = source === 'snapshot'
  const count = useExpectedRows(filters, changeWindow, snapshot, availability.state !== 'checking')

  const liveNote = availability.state === 'none' || availability.state === 'unknown' || !snapshot

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onStart({ filters, changeWindow, snapshot, format, bom: format === 'csv' && bom, destination })
  }

  return (
    <form className="export-setup" onSubmit={submit}>
      <ExportSummary
        filters={filters}
        changeWindow={changeWindow}
        snapshot={snapshot}
        expectedRows={count.data?.total}
        countError={count.isError}
      />
      {count.isError && (
        <ApiErrorAlert error={count.error} heading="The sessions could not be counted" onRetry={() => void count.refetch()} />
      )}

      <fieldset>
        <legend>Format</legend>
        <ExportChoice name="format" value="csv" checked={format === 'csv'} onChoose={setFormat}>
          {details
            ? 'CSV for spreadsheets (labels and descriptor URIs, school names, one row per session)'
            : 'A spreadsheet (CSV: one row per session, with school and term names)'}
        </ExportChoice>
        <ExportChoice name="format" value="jsonl" checked={format === 'jsonl'} onChoose={setFormat}>
          {details
            ? 'JSON Lines (Ed-Fi bodies as the API returns them, one per line)'
            : 'One record per line, exactly as Ed-Fi stores it (for developers)'}
        </ExportChoice>
        {format === 'csv' && (
          <div className="form-check export-bom">
            <input
              id={ids.bom}
              type="checkbox"
              checked={bom}
              onChange={(e) => setBom(e.target.checked)}
              aria-describedby={`${ids.bom}-hint`}
            />
            <label htmlFor={ids.bom}>{details ? 'Start with a UTF-8 byte order mark (BOM)' : 'Excel-friendly'}</label>
            <p id={`${ids.bom}-hint`} className="form-hint">
              Excel needs this to show accented and non-Latin letters correctly; turn it off for other tools that do not expect it.
            </p>
          </div>
        )}
        {format === 'csv' && (
          <p className="form-hint">
            A text cell that starts with = + - or @ is written with a leading apostrophe, so a spreadsheet shows it instead of running it as
            a formula. The one-record-per-line file keeps every value exactly as sent.
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>Read from</legend>
        {availability.state === 'checking' && <p className="status">Checking whether the server has a snapshot…</p>}
        {availability.state === 'available' && <SnapshotAge availability={availability} details={details} />}
        {availability.state === 'available' && (
          <ExportChoice name="source" value="snapshot" checked={snapshot} onChoose={setChosenSource}>
            The snapshot (does not change while the file is written)
          </ExportChoice>
        )}
        <ExportChoice
          name="source"
          value="live"
          checked={!snapshot}
          onChoose={setChosenSource}
          describedBy={liveNote ? ids.live : undefined}
        >
          Live data
        </ExportChoice>
        {liveNote && (
          <p id={ids.live} className="alert alert-warning export-live-note">
            {availability.state === 'none'
              ? 'No snapshot on this server: reading live data. '
              : availability.state === 'unknown'
                ? 'The snapshot could not be checked: reading live data. '
                : ''}
            Rows may change during the export: sessions that colleagues add, change or delete meanwhile can make the file differ from the
            count.
            {!cursorPaging && (
              <>
                {' '}
                This server cannot page with cursors, so its numbered pages are read one after another; a session added or deleted meanwhile
                can shift them, so a row may be missed or written twice.
              </>
            )}
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
            <ExportChoice name="destination" value="download" checked={destination === 'download'} onChoose={setDestination}>
              A download when the export is complete (usual)
            </ExportChoice>
            <ExportChoice name="destination" value="file" checked={destination === 'file'} onChoose={setDestination}>
              A file I choose now (for very large exports: rows are written as they arrive)
            </ExportChoice>
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

function SnapshotAge({ availability, details }: { availability: Extract<SnapshotAvailability, { state: 'available' }>; details: boolean }) {
  const at = availability.newestChangeAt
  const relative = at ? formatRelative(at) : ''
  const age = at ? `Its newest change was made ${relative === 'now' ? 'just now' : relative} (${formatTimestamp(at)}).` : ''
  const version =
    details && availability.newestChangeVersion !== undefined
      ? ` It holds changes up to change version ${availability.newestChangeVersion}.`
      : ''
  return (
    <p className="form-hint" role="status">
      {availability.behindLive === undefined
        ? 'This server shares no change history, so how old the snapshot is cannot be told: live data is chosen.'
        : availability.behindLive
          ? `The snapshot is older than the latest changes: they are not in it, so live data is chosen. ${age}`
          : `The snapshot is up to date with live data. ${age}`}
      {version}
    </p>
  )
}
