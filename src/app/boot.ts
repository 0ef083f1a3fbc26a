import { notify } from '../components/ui/notify.ts'
import { createQueryClient } from '../lib/query-client.ts'
import { createConnectionRuntime } from '../shared/connection/connection-runtime.ts'

// main.tsx imports this first, so discovery and the token are on their way while React and the screens
// are evaluated. A failure is not reported here: the first request that needs the token shows it.

// A failed background refresh keeps the data on screen and says so in a toast, not by blanking it.
export const queryClient = createQueryClient({
  onBackgroundError: (error) => notify.error('Could not refresh data from the Ed-Fi API', error.summary),
})
export const connection = createConnectionRuntime({ onSwitch: () => queryClient.clear() })

connection.active
  .getSnapshot()
  .connection.accessToken()
  .catch(() => undefined)

// The grid's code starts downloading beside the bundle, not after the router has matched the URL.
if (window.location.pathname === '/sessions') void import('./routes/sessions.lazy.tsx')
