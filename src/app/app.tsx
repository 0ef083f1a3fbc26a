import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { notify } from '../components/ui/notify.ts'
import { Toaster } from '../components/ui/toaster.tsx'
import { ConnectionProvider } from '../shared/connection/connection-context.tsx'
import { createConnectionRuntime } from '../shared/connection/connection-runtime.ts'
import { SnapshotModeProvider } from '../shared/snapshot/snapshot-mode.tsx'
import { createQueryClient } from '../lib/query-client.ts'
import { createAppRouter } from './router.tsx'

// Composition happens once per page load. The connection starts on the profile last used (the
// embedded demo API for a new user); switching drops every cached answer of the previous API.
// A failed background refresh keeps the data on screen and says so in a toast, not by blanking it.
const queryClient = createQueryClient({
  onBackgroundError: (error) => notify.error('Could not refresh data from the Ed-Fi API', error.summary),
})
const connection = createConnectionRuntime({ onSwitch: () => queryClient.clear() })
const router = createAppRouter({ queryClient })
// Discovery and the token are read now, while the first route's chunk downloads, instead of after it
// renders: the first page of rows arrives sooner. A failure here is not reported: the first request
// that needs the token meets it again and shows it in plain words.
connection.active
  .getSnapshot()
  .connection.accessToken()
  .catch(() => undefined)
void import('../features/history/local-journal.ts').then((journal) =>
  journal.startLocalJournal(() => connection.active.getSnapshot().profile),
)

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider runtime={connection}>
        <SnapshotModeProvider>
          <RouterProvider router={router} />
          <Toaster />
        </SnapshotModeProvider>
      </ConnectionProvider>
    </QueryClientProvider>
  )
}
