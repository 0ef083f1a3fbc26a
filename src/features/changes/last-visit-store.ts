import { useCallback, useSyncExternalStore } from 'react'
import { localStorageStore } from '../../lib/storage-store.ts'
import { useActiveConnection } from '../../shared/connection/connection-context.tsx'

// "Since my last visit" needs the change version the user last marked as seen. It is kept per
// connection (API root + client key: another API, or another client of the same API, has its own
// change history) in localStorage, so it survives reloads and is shared by the browser's tabs.

export const LAST_SEEN_STORAGE_KEY = 'edfi-steward.last-seen-change-version.v1'

export interface ConnectionIdentity {
  apiRoot: string
  clientKey: string
}

export const connectionKeyOf = ({ apiRoot, clientKey }: ConnectionIdentity) => `${apiRoot}|${clientKey}`

type Stored = Record<string, number>

function readAll(storage: Storage | undefined): Stored {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(LAST_SEEN_STORAGE_KEY) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null) return {}
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => Number.isSafeInteger(v) && (v as number) >= 0)) as Stored
  } catch {
    return {}
  }
}

const { subscribe, notify } = localStorageStore(LAST_SEEN_STORAGE_KEY)
const browserStorage = () => (typeof localStorage === 'undefined' ? undefined : localStorage)

export function writeLastSeen(connection: ConnectionIdentity, version: number, storage = browserStorage()): void {
  try {
    storage?.setItem(LAST_SEEN_STORAGE_KEY, JSON.stringify({ ...readAll(storage), [connectionKeyOf(connection)]: version }))
  } catch {
    // Storage may be full or disabled: the badge then simply keeps counting from the old version.
  }
  notify()
}

export function useLastSeenChangeVersion(): { lastSeen: number | undefined; markSeen: (version: number) => void } {
  const { profile } = useActiveConnection()
  const key = connectionKeyOf(profile)
  const lastSeen = useSyncExternalStore(subscribe, () => readAll(browserStorage())[key])
  const markSeen = useCallback(
    (version: number) => writeLastSeen({ apiRoot: profile.apiRoot, clientKey: profile.clientKey }, version),
    [profile.apiRoot, profile.clientKey],
  )
  return { lastSeen, markSeen }
}
