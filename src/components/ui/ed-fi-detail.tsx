import type { ReactNode } from 'react'
import { useDetailsMode } from '../../lib/details-mode.ts'

/** Shown only when the steward turned "Show Ed-Fi details" on: technical names beside plain ones. */
export function EdFiDetail({ children }: { children: ReactNode }) {
  return useDetailsMode() ? <>{children}</> : null
}
