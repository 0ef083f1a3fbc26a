import { notify } from '../components/ui/notify.ts'
import { createQueryClient } from '../lib/query-client.ts'
import { createConnectionRuntime } from '../shared/connection/connection-runtime.ts'

// main.tsx imports this module first, so it runs before React, the router and the screens are
// evaluated (a few hundred milliseconds on a slow machine): discovery and the token are on their
// way meanwhile, and the first screen's request finds them ready. A failure here is not reported:
// the first request that needs the token meets it again and shows it in plain words.

// The connection starts on the profile last used (the embedded demo API for a new user); switching
// drops every cached answer of the previous API. A failed background refresh keeps the data on
// screen and says so in a toast, not by blanking it.
export const queryClient = createQueryClient({
  onBackgroundError: (error) => notify.error('Could not refresh data from the Ed-Fi API', error.summary),
})
export const connection = createConnectionRuntime({ onSwitch: () => queryClient.clear() })

connection.active
  .getSnapshot()
  .connection.accessToken()
  .catch(() => undefined)

// The grid is the screen most links open: its code starts downloading beside the bundle instead
// of after the router has matched the URL.
if (window.location.pathname === '/sessions') void import('./routes/sessions.lazy.tsx')
