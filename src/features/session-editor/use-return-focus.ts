import { useRef } from 'react'

/**
 * Radix dialogs hand focus back to their Trigger; ours are opened by buttons elsewhere (toolbar,
 * detail page, another dialog), so the element focused when the dialog mounted gets it back.
 * Returns the handler for Content's onCloseAutoFocus.
 */
export function useReturnFocus(): (event: Event) => void {
  const opener = useRef<HTMLElement | null>(document.activeElement instanceof HTMLElement ? document.activeElement : null)
  return (event) => {
    const target = opener.current
    if (!target?.isConnected) return
    event.preventDefault()
    target.focus()
  }
}
