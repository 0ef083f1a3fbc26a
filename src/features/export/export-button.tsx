import type { ChangeVersionWindow, SessionFilters } from '../sessions/api/session-params.ts'

export interface ExportButtonProps {
  /** The grid's current filters and change-version window: the export covers the whole filtered result. */
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
}

// Placeholder: replaced by the export (button here; the plan, progress and file writing lazy-loaded).
export function ExportButton(_props: ExportButtonProps) {
  return null
}
