import { useBlocker } from '@tanstack/react-router'

export const LEAVE_WHILE_WRITING =
  'Changes are still being written. Leave this page anyway? Writing stops here; you can resume the batch later, and no row is written twice.'

/** Leaving the page stops a running batch: closing the tab, reloading or following a link asks first. */
export function useWarnBeforeLeaving(writing: boolean): void {
  useBlocker({
    shouldBlockFn: () => !window.confirm(LEAVE_WHILE_WRITING),
    enableBeforeUnload: writing,
    disabled: !writing,
  })
}
