import { useEffect, useRef } from 'react'

/** Key (as KeyboardEvent.key) -> action. */
export type Shortcuts = Record<string, () => void>

/** Typing into a field, or anything inside an open dialog or popover, is never a shortcut. */
function isTypingOrInDialog(target: EventTarget | null): boolean {
  if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return true
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select, [role="dialog"], [role="alertdialog"]') !== null
}

/** Single-key shortcuts for a screen (e.g. `/` to filter, `n` for new), off while the user types. */
export function useKeyboardShortcuts(shortcuts: Shortcuts) {
  const latest = useRef(shortcuts)
  useEffect(() => {
    latest.current = shortcuts
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const action = latest.current[event.key]
      if (!action || isTypingOrInDialog(event.target)) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
