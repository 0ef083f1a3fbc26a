import { queryOptions } from '@tanstack/react-query'
import { listSessionDeletes, listSessionKeyChanges, type ChangePage } from '../../entities/sessions/session-changes.ts'
import type { SessionChangesParams } from '../../entities/sessions/session-params.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import type { SessionDelete, SessionKeyChange } from '../../entities/sessions/session-schema.ts'
import { journalConnectionKey, listJournalEntries, type ConnectionIdentity } from './local-journal.ts'

// /deletes and /keyChanges cannot be asked about one id, so a session's entries are found by
// reading them page by page (500 a page) up to a cap that keeps a huge ODS responsive.

export const SCAN_PAGE_SIZE = 500
export const SCAN_PAGE_CAP = 20

export interface TrackedFor<T> {
  items: T[]
  complete: boolean
}

async function scan<T extends { id?: string }>(
  list: (params: SessionChangesParams, signal?: AbortSignal) => Promise<ChangePage<T>>,
  id: string,
  snapshot: boolean,
  signal: AbortSignal,
): Promise<TrackedFor<T>> {
  const items: T[] = []
  for (let page = 0; page < SCAN_PAGE_CAP; page++) {
    const { items: batch } = await list({ offset: page * SCAN_PAGE_SIZE, limit: SCAN_PAGE_SIZE, snapshot }, signal)
    items.push(...batch.filter((item) => item.id === id))
    if (batch.length < SCAN_PAGE_SIZE) return { items, complete: true }
  }
  return { items, complete: false }
}

export interface TrackedHistory {
  keyChanges: TrackedFor<SessionKeyChange>
  deletes: TrackedFor<SessionDelete>
}

export const historyQueries = {
  tracked: (id: string, snapshot: boolean) =>
    queryOptions({
      queryKey: [...sessionQueries.changes(), 'history', id, { snapshot }] as const,
      queryFn: async ({ signal }): Promise<TrackedHistory> => {
        const [keyChanges, deletes] = await Promise.all([
          scan(listSessionKeyChanges, id, snapshot, signal),
          scan(listSessionDeletes, id, snapshot, signal),
        ])
        return { keyChanges, deletes }
      },
    }),

  journal: (connection: ConnectionIdentity, id: string) =>
    queryOptions({
      queryKey: ['journal', journalConnectionKey(connection), id] as const,
      queryFn: () => listJournalEntries(connection, id),
    }),
}
