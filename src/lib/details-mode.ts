import { useSyncExternalStore } from 'react'
import { localStorageStore } from './storage-store.ts'

// "Show Ed-Fi details": one switch per browser (localStorage), off by default. Off, the screens
// speak the steward's words; on, they also show the API's own names (ETags, JSON paths, change
// versions, descriptor URIs). Shared by every tab of the browser.

export const DETAILS_STORAGE_KEY = 'edfi-steward.show-ed-fi-details.v1'

const { subscribe, notify } = localStorageStore(DETAILS_STORAGE_KEY)

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

export function readDetailsMode(): boolean {
  return storage()?.getItem(DETAILS_STORAGE_KEY) === 'on'
}

export function writeDetailsMode(on: boolean): void {
  try {
    if (on) storage()?.setItem(DETAILS_STORAGE_KEY, 'on')
    else storage()?.removeItem(DETAILS_STORAGE_KEY)
  } catch {
    // Storage may be full or disabled: the switch then holds for this page only.
    fallback = on
  }
  notify()
}

let fallback: boolean | undefined

export function useDetailsMode(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => fallback ?? readDetailsMode(),
    () => false,
  )
}
