import { useEffect, type RefObject } from 'react'
import { useRouter } from '@tanstack/react-router'

/**
 * A link or button that leads to another page is usually gone once that page renders, which drops
 * keyboard focus on the body: the next Tab would start at the top of the document. Focus then moves
 * to the main region, where the new page begins. Focus that is somewhere (a dialog the new page
 * opened, a header link) stays where it is.
 */
export function useFocusMainOnNavigation(main: RefObject<HTMLElement | null>) {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onRendered', ({ fromLocation, pathChanged }) => {
        if (!fromLocation || !pathChanged) return
        if (document.activeElement === null || document.activeElement === document.body) main.current?.focus({ preventScroll: true })
      }),
    [router, main],
  )
}
