import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { Toaster } from '../components/ui/toaster.tsx'
import { ConnectionProvider } from '../shared/connection/connection-context.tsx'
import { SnapshotModeProvider } from '../shared/snapshot/snapshot-mode.tsx'
import { connection, queryClient } from './boot.ts'
import { createAppRouter } from './router.tsx'

const router = createAppRouter({ queryClient })
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
