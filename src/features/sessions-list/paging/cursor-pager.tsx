interface CursorPagerProps {
  depth: number
  size: number
  count: number
  hasMore: boolean
  disabled?: boolean
  onNext: () => void
  onPrevious: () => void
  onFirst: () => void
  onNextIntent?: () => void
}

/** No total: the ODS refuses totalCount with page tokens. */
export function CursorPager({
  depth,
  size,
  count,
  hasMore,
  disabled = false,
  onNext,
  onPrevious,
  onFirst,
  onNextIntent,
}: CursorPagerProps) {
  const first = depth * size + 1
  const range = count === 0 ? 'No rows on this page' : `${first}–${first + count - 1}`
  return (
    <nav className="pager" aria-label="Sessions pages">
      <p className="pager-summary" aria-live="polite">
        {disabled ? `Page ${depth + 1} · loading…` : `Page ${depth + 1} · ${range} · ${hasMore ? 'more available' : 'end of results'}`}
      </p>
      <button type="button" disabled={disabled || depth === 0} onClick={onFirst}>
        First
      </button>
      <button type="button" disabled={disabled || depth === 0} onClick={onPrevious}>
        Previous
      </button>
      <button type="button" disabled={disabled || !hasMore} onClick={onNext} onPointerEnter={onNextIntent} onFocus={onNextIntent}>
        Next
      </button>
    </nav>
  )
}
