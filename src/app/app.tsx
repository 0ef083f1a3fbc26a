import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { createConnection } from '../features/connection/create-connection.ts'
import { defaultConnectionSettings } from '../features/connection/connection-settings.ts'
import { connectApiClient } from '../lib/api-client.ts'
import { createQueryClient } from '../lib/query-client.ts'
import { createAppRouter } from './router.tsx'

// Composition happens once per page load: the default connection is the embedded API.
const settings = defaultConnectionSettings()
connectApiClient(createConnection(settings))
const queryClient = createQueryClient()
const router = createAppRouter({ queryClient, apiRoot: settings.apiRoot })

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
