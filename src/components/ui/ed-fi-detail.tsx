import type { ReactNode } from 'react'
import { useDetailsMode } from '../../lib/details-mode.ts'

export function EdFiDetail({ children }: { children: ReactNode }) {
  return useDetailsMode() ? <>{children}</> : null
}
