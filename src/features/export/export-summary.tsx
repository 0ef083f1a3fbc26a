import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import { describeFilters } from '../../entities/sessions/filter-labels.ts'
import { useSessionLookups } from '../../entities/lookups/use-session-lookups.ts'

interface ExportSummaryProps {
  filters: SessionFilters
  changeWindow: ChangeVersionWindow | undefined
  snapshot: boolean
  expectedRows: number | undefined
  countError: boolean
}

export function ExportSummary({ filters, changeWindow, snapshot, expectedRows, countError }: ExportSummaryProps) {
  const lookups = useSessionLookups(snapshot)
  const applied = describeFilters({ ...filters, ...changeWindow }, lookups)
  return (
    <dl className="facts">
      <dt>Filters</dt>
      <dd>
        {applied.length === 0 ? 'None: every session this API client may read' : applied.map((f) => `${f.label}: ${f.text}`).join(' · ')}
      </dd>
      <dt>Sessions</dt>
      <dd>
        {countError ? (
          'could not be counted'
        ) : expectedRows === undefined ? (
          <span className="skeleton export-count-skeleton" aria-label="Counting…" />
        ) : (
          <span>{expectedRows.toLocaleString()}</span>
        )}
      </dd>
    </dl>
  )
}
