import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useActiveConnection } from '../../shared/connection/connection-context.tsx'
import { historyQueries } from './history-queries.ts'
import { onJournalWritten } from './local-journal.ts'

export function useJournal(sessionId: string) {
  const { profile } = useActiveConnection()
  const client = useQueryClient()
  useEffect(
    () =>
      onJournalWritten((id) => {
        if (id !== sessionId) return
        // A save here may have changed the key, so Ed-Fi's key changes for it are read again too.
        void client.invalidateQueries({ queryKey: historyQueries.journal(profile, sessionId).queryKey })
        void client.invalidateQueries({ queryKey: historyQueries.tracked(sessionId, false).queryKey })
      }),
    [client, profile, sessionId],
  )
  return useQuery(historyQueries.journal(profile, sessionId))
}
