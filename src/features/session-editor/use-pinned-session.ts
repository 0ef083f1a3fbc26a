import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { SessionDetail } from '../../entities/sessions/get-session.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'

/**
 * The session a dialog works on, read fresh when the dialog opens (revalidated with If-None-Match,
 * so cheap when nothing changed) and then kept: a background refetch never moves it, so If-Match
 * names the version the steward saw. `repin` is for a deliberate choice (a conflict resolved).
 * Idle when `sessionId` is undefined (a new session).
 */
export function usePinnedSession(sessionId: string | undefined) {
  const detail = useQuery({ ...sessionQueries.detail(sessionId ?? ''), enabled: Boolean(sessionId), refetchOnMount: 'always' })
  const [pinned, setPinned] = useState<SessionDetail | undefined>(undefined)
  if (!pinned && detail.data && !detail.isFetching) setPinned(detail.data)
  return {
    pinned,
    repin: setPinned,
    error: pinned ? null : detail.error,
    retry: () => void detail.refetch(),
  }
}
