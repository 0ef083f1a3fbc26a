import { useState } from 'react'
import type { Session } from '../../../entities/sessions/session-schema.ts'

export interface GridSelectionState {
  ids: ReadonlySet<string>
  allMatching: boolean
  isSelected: (id: string) => boolean
  toggle: (sessions: readonly Session[], checked: boolean) => void
  selectAllMatching: () => void
  clear: () => void
}

export function useGridSelection(filterKey: string): GridSelectionState {
  const [state, setState] = useState({ filterKey, ids: new Set<string>() as ReadonlySet<string>, allMatching: false })
  const current = state.filterKey === filterKey ? state : { filterKey, ids: new Set<string>(), allMatching: false }
  if (current !== state) setState(current)
  return {
    ids: current.ids,
    allMatching: current.allMatching,
    isSelected: (id) => current.allMatching || current.ids.has(id),
    toggle: (sessions, checked) => {
      const ids = new Set(current.ids)
      for (const s of sessions) {
        if (checked) ids.add(s.id)
        else ids.delete(s.id)
      }
      setState({ filterKey, ids, allMatching: current.allMatching && checked })
    },
    selectAllMatching: () => setState({ filterKey, ids: current.ids, allMatching: true }),
    clear: () => setState({ filterKey, ids: new Set(), allMatching: false }),
  }
}
