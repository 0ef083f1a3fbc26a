import type { ChangeVersionWindow, SessionFilters } from '../sessions/api/session-params.ts'
import { describeFilters } from '../sessions/components/filter-labels.ts'
import { useSessionLookups } from '../sessions/components/use-session-lookups.ts'

interface ExportSummaryProps {
  filters: SessionFilters
  changeWindow: ChangeVersionWindow | undefined
  snapshot: boolean
  /** undefined while counting. */
  expectedRows: number | undefined
  countError: boolean
}

/** What will be exported, in words: the filters as the chips name them, and the count. */
export function ExportSummary({ filters, changeWindow, snapshot, expectedRows, countError }: ExportSummaryProps) {
  const lookups = useSessionLookups(snapshot)
  const applied = describeFilters({ ...filters, ...changeWindow }, lookups)
  return (
    <dl className="export-summary">
      <dt>Filters</dt>
      <dd>{applied.length === 0 ? 'None: every session this API client may read' : applied.map((f) => `${f.label}: ${f.text}`).join(' · ')}</dd>
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
