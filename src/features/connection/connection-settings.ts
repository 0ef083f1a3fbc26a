/** Where the Ed-Fi API lives and which API client (key/secret) this browser acts as. */
export interface ConnectionSettings {
  /** e.g. http://localhost:8765/api or https://api.ed-fi.org/v7.3/api (no trailing slash) */
  apiRoot: string
  clientKey: string
  clientSecret: string
}

// The public Ed-Fi sandbox's published demo client; the embedded API ships the same one
// (server/clients.json), so the app works out of the box and against the sandbox alike.
const DEMO_CLIENT_KEY = 'RvcohKz9zHI4'
const DEMO_CLIENT_SECRET = 'E1iEFusaNf81xzCxwHfbolkC'

/** The embedded API: the server that serves this SPA also answers Ed-Fi at /api (Vite proxies it in dev). */
export function defaultConnectionSettings(origin: string = window.location.origin): ConnectionSettings {
  return { apiRoot: `${origin}/api`, clientKey: DEMO_CLIENT_KEY, clientSecret: DEMO_CLIENT_SECRET }
}
