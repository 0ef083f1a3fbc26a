import { useQuery } from '@tanstack/react-query'
import { countSessions } from '../../../entities/sessions/read-all-sessions.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../../entities/sessions/session-params.ts'
import { SelectedDialog } from './selected-dialog.tsx'
import type { GridSelectionState } from './use-grid-selection.ts'
import '../bulk.css'

interface SelectionBarProps {
  selection: GridSelectionState
  filters: SessionFilters
  changeWindow: ChangeVersionWindow
}

export function SelectionBar({ selection, filters, changeWindow }: SelectionBarProps) {
  const total = useQuery({
    queryKey: ['bulk', 'matching-count', filters, changeWindow],
    queryFn: ({ signal }) => countSessions({ filters, changeWindow, snapshot: false }, signal),
    enabled: selection.ids.size > 0 || selection.allMatching,
  })
  if (selection.ids.size === 0 && !selection.allMatching) return null
  const count = selection.allMatching ? (total.data ?? 0) : selection.ids.size
  const choice = { allMatching: selection.allMatching, ids: selection.ids, filters, changeWindow }
  return (
    <div className="bulk-selection-bar" role="region" aria-label="Selected sessions">
      <p role="status">
        {selection.allMatching
          ? `All ${count.toLocaleString()} sessions that match the filter are selected.`
          : `${count.toLocaleString()} session${count === 1 ? '' : 's'} selected.`}
      </p>
      {!selection.allMatching && total.data !== undefined && total.data > count && (
        <button type="button" onClick={selection.selectAllMatching}>
          Select all {total.data.toLocaleString()} sessions that match the filter
        </button>
      )}
      <SelectedDialog mode="edit" count={count} choice={choice} />
      <SelectedDialog mode="delete" count={count} choice={choice} />
      <button type="button" onClick={selection.clear}>
        Clear selection
      </button>
    </div>
  )
}
