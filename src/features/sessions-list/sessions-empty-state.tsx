interface SessionsEmptyStateProps {
  filtered: boolean
  /** On the first page (an empty later page means the walk went past the end). */
  atStart: boolean
  onClearFilters: () => void
  onFirstPage: () => void
}

export function SessionsEmptyState({ filtered, atStart, onClearFilters, onFirstPage }: SessionsEmptyStateProps) {
  if (!atStart) {
    return (
      <div className="empty-state" role="status">
        <p>This page is past the last session.</p>
        <button type="button" onClick={onFirstPage}>
          Go to the first page
        </button>
      </div>
    )
  }
  if (filtered) {
    return (
      <div className="empty-state" role="status">
        <p>
          <strong>No sessions match these filters.</strong> Filters match exactly: check the spelling of a session name, or remove a filter
          to widen the search.
        </p>
        <button type="button" onClick={onClearFilters}>
          Clear all filters
        </button>
      </div>
    )
  }
  return (
    <div className="empty-state" role="status">
      <p>
        <strong>No sessions yet.</strong> This API client sees no sessions at all.
      </p>
    </div>
  )
}
