import type { NarrowingKey } from '../../../entities/sessions/sessions-search.ts'
import type { AppliedFilter } from '../../../entities/sessions/filter-labels.ts'

interface FilterChipsProps {
  filters: AppliedFilter[]
  onRemove: (key: NarrowingKey) => void
  onClearAll: () => void
}

export function FilterChips({ filters, onRemove, onClearAll }: FilterChipsProps) {
  if (filters.length === 0) return null
  return (
    <div className="filter-chips">
      <ul aria-label="Applied filters">
        {filters.map((f) => (
          <li key={f.key} className="chip">
            <span>
              <span className="chip-label">{f.label}:</span> {f.text}
            </span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove filter ${f.label}: ${f.text}`}
              title="Remove this filter"
              onClick={() => onRemove(f.key)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      {filters.length > 1 && (
        <button type="button" className="button-link" onClick={onClearAll}>
          Clear all filters
        </button>
      )}
    </div>
  )
}
