import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { useCallback, useState } from 'react'
import type { LocalSave } from '../../features/changes/components/change-feed-table.tsx'
import { ChangesPage } from '../../features/changes/components/changes-page.tsx'
import { useActiveConnection } from '../../shared/connection/connection-context.tsx'
import { latestJournalEntries } from '../../features/history/local-journal.ts'

const routeApi = getRouteApi('/changes')

// Two features that do not import each other: the feed asks which sessions were last saved from this browser.
function ChangesRoute() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const { profile } = useActiveConnection()
  const [localSaves, setLocalSaves] = useState<Record<string, LocalSave>>({})
  const onSessionsShown = useCallback(
    (ids: readonly string[]) => {
      void latestJournalEntries(profile, ids).then(
        (found) => setLocalSaves(found),
        () => setLocalSaves({}), // No IndexedDB (private browsing): entries stay "created or updated".
      )
    },
    [profile],
  )
  return (
    <ChangesPage
      search={search}
      onSearchChange={(change, options) => void navigate({ search: (prev) => ({ ...prev, ...change }), replace: options?.replace })}
      localSaves={localSaves}
      onSessionsShown={onSessionsShown}
    />
  )
}

export const Route = createLazyRoute('/changes')({ component: ChangesRoute })
