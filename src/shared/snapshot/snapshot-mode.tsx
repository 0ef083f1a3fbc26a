import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react'

// Snapshot mode is one switch for the whole app: every read sends `Use-Snapshot: true` and every
// write is refused (the snapshot is a frozen copy). It lasts for the browser tab (sessionStorage),
// so a reload keeps a steward in the mode they chose, and a new tab starts on live data.

const STORAGE_KEY = 'edfi-steward.snapshot-mode'

export interface SnapshotMode {
  snapshot: boolean
  setSnapshot: (on: boolean) => void
}

const SnapshotModeContext = createContext<SnapshotMode>({ snapshot: false, setSnapshot: () => {} })

export function readStoredSnapshotMode(): boolean {
  try {
    return sessionStorage.getItem(STORAGE_KEY) === 'on'
  } catch {
    return false
  }
}

export function SnapshotModeProvider({ children, initial }: { children: ReactNode; initial?: boolean }) {
  const [snapshot, setState] = useState(() => initial ?? readStoredSnapshotMode())
  const setSnapshot = useCallback((on: boolean) => {
    setState(on)
    try {
      if (on) sessionStorage.setItem(STORAGE_KEY, 'on')
      else sessionStorage.removeItem(STORAGE_KEY)
    } catch {
      // Storage may be disabled; the mode still holds for this page.
    }
  }, [])
  const value = useMemo(() => ({ snapshot, setSnapshot }), [snapshot, setSnapshot])
  return <SnapshotModeContext value={value}>{children}</SnapshotModeContext>
}

export function useSnapshotMode(): SnapshotMode {
  return use(SnapshotModeContext)
}
