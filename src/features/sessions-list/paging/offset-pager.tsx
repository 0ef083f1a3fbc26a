interface OffsetPagerProps {
  offset: number
  size: number
  count: number
  total: number | undefined
  disabled?: boolean
  onOffsetChange: (offset: number) => void
  onIntent?: (offset: number) => void
}

/** Without a total, Next stays on while pages come back full. */
export function OffsetPager({ offset, size, count, total, disabled = false, onOffsetChange, onIntent }: OffsetPagerProps) {
  const goTo = (target: number) => ({
    onClick: () => onOffsetChange(target),
    onPointerEnter: () => onIntent?.(target),
    onFocus: () => onIntent?.(target),
  })
  const hasPrevious = offset > 0
  const hasNext = total === undefined ? count === size : offset + count < total
  const range = `${offset + 1}–${offset + count}`
  // While the next page loads, the rows on screen are the previous page's: the summary does not claim the new range yet.
  const summary = disabled
    ? 'Loading…'
    : total === 0
      ? 'No sessions'
      : count === 0
        ? `No rows from ${offset + 1} on${total === undefined ? '' : ` (${total} in all)`}`
        : total === undefined
          ? range
          : `${range} of ${total}`
  const lastOffset = total === undefined || total === 0 ? undefined : Math.floor((total - 1) / size) * size
  return (
    <nav className="pager" aria-label="Sessions pages">
      <p className="pager-summary" aria-live="polite">
        {summary}
      </p>
      <button type="button" disabled={disabled || !hasPrevious} {...goTo(0)}>
        First
      </button>
      <button type="button" disabled={disabled || !hasPrevious} {...goTo(Math.max(offset - size, 0))}>
        Previous
      </button>
      <button type="button" disabled={disabled || !hasNext} {...goTo(offset + size)}>
        Next
      </button>
      {lastOffset !== undefined && (
        <button type="button" disabled={disabled || !hasNext} {...goTo(lastOffset)}>
          Last
        </button>
      )}
    </nav>
  )
}
