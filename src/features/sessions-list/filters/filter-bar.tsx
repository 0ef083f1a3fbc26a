import type { ReactNode } from 'react'

interface FilterBarProps {
  open: boolean
  onToggle: () => void
  applied: number
  formId: string
  children: ReactNode
}

/** Folded into one line so the grid starts near the top of a laptop screen. */
export function FilterBar({ open, onToggle, applied, formId, children }: FilterBarProps) {
  return (
    <div className="filter-bar">
      <button type="button" aria-expanded={open} aria-controls={formId} onClick={onToggle} aria-keyshortcuts="/">
        {open ? 'Hide filters' : 'Filters'}
        {applied > 0 && <span className="badge">{applied}</span>}
      </button>
      {children}
      {applied === 0 && <span className="filter-bar-hint">No filters: every session this client may see.</span>}
      <span className="filter-bar-keys" aria-hidden="true">
        Keys: <kbd>/</kbd> filter, <kbd>n</kbd> new session
      </span>
    </div>
  )
}
