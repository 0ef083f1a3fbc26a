/**
 * The subscribe and notify halves of a useSyncExternalStore store whose value lives in localStorage
 * under `key`: a change written in this tab notifies its listeners, one written in another tab
 * arrives as a storage event.
 */
export function localStorageStore(key: string): { subscribe: (listener: () => void) => () => void; notify: () => void } {
  const listeners = new Set<() => void>()
  const subscribe = (listener: () => void) => {
    listeners.add(listener)
    const onStorage = (event: StorageEvent) => event.key === key && listener()
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(listener)
      window.removeEventListener('storage', onStorage)
    }
  }
  return { subscribe, notify: () => listeners.forEach((listener) => listener()) }
}
