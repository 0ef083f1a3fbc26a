import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { notify } from '../components/ui/notify.ts'
import { Toaster } from '../components/ui/toaster.tsx'
import { ConnectionProvider } from '../features/connection/connection-context.tsx'
import { createConnectionRuntime } from '../features/connection/connection-runtime.ts'
import { SnapshotModeProvider } from '../features/snapshot/snapshot-mode.tsx'
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
void import('../features/history/local-journal.ts').then((journal) => journal.startLocalJournal(() => connection.active.getSnapshot().profile))

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
