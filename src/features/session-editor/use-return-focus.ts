import { useRef } from 'react'

/**
 * Radix dialogs hand focus back to their Trigger; ours are opened by buttons elsewhere (toolbar,
 * detail page, another dialog), so the element focused when the dialog mounted gets it back. A
 * dialog opened from a link on another page (a finding's "Fix in the editor") or whose opener is
 * gone hands focus to the page's main region rather than leaving it on the body.
 * Returns the handler for Content's onCloseAutoFocus.
 */
export function useReturnFocus(): (event: Event) => void {
  const opener = useRef<HTMLElement | null>(document.activeElement instanceof HTMLElement ? document.activeElement : null)
  return (event) => {
    const target = opener.current
    const usable = target && target !== document.body && target.isConnected ? target : document.getElementById('main')
    if (!usable) return
    event.preventDefault()
    usable.focus()
  }
}
