interface SessionsPagerProps {
  offset: number
  limit: number
  /** Rows on the current page. */
  count: number
  /** Total-Count, when the server sent it. */
  total: number | undefined
  disabled?: boolean
  onOffsetChange: (offset: number) => void
}

/** "1–25 of 312" plus Previous/Next. Without a total, Next stays on while pages come back full. */
export function SessionsPager({ offset, limit, count, total, disabled = false, onOffsetChange }: SessionsPagerProps) {
  const hasPrevious = offset > 0
  const hasNext = total === undefined ? count === limit : offset + count < total
  const range = count === 0 ? 'No rows' : `${offset + 1}–${offset + count}`
  const summary = total === undefined ? range : `${range} of ${total}`
  return (
    <nav className="pager" aria-label="Sessions pages">
      <p className="pager-summary" aria-live="polite">
        {summary}
      </p>
      <button
        type="button"
        disabled={disabled || !hasPrevious}
        onClick={() => onOffsetChange(Math.max(offset - limit, 0))}
      >
        Previous
      </button>
      <button type="button" disabled={disabled || !hasNext} onClick={() => onOffsetChange(offset + limit)}>
        Next
      </button>
    </nav>
  )
}
