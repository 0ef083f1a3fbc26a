export interface ConnectionSettings {
  apiRoot: string
  clientKey: string
  clientSecret: string
}

// The public Ed-Fi sandbox's published demo client; the embedded API ships the same one
// (server/clients.json), so the app works out of the box and against the sandbox alike.
// Being published, this secret is no secret: it is the only one the bundle may contain.
export const DEMO_CLIENT_KEY = 'RvcohKz9zHI4'
const DEMO_CLIENT_SECRET = 'E1iEFusaNf81xzCxwHfbolkC'

export function defaultConnectionSettings(origin: string = window.location.origin): ConnectionSettings {
  return { apiRoot: `${origin}/api`, clientKey: DEMO_CLIENT_KEY, clientSecret: DEMO_CLIENT_SECRET }
}

export function normalizeApiRoot(value: string): string {
  return value.trim().replace(/\/+$/, '')
}

export function apiRootProblem(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(normalizeApiRoot(value))
  } catch {
    return 'Enter a full address that starts with https:// or http://, for example https://api.ed-fi.org/v7.3/api.'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The address must start with https:// or http://.'
  // Credentials in a URL end up in logs and history; the key and secret have their own fields.
  if (url.username || url.password) return 'Remove the user name or password from the address; use the key and secret fields.'
  if (url.search || url.hash) return 'The API root has no ? or # part. Enter only the address, for example https://api.ed-fi.org/v7.3/api.'
  return undefined
}
