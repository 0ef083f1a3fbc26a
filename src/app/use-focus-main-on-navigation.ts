import { useEffect, type RefObject } from 'react'
import { useRouter } from '@tanstack/react-router'

/** The link followed is usually gone once the page renders, dropping focus on the body; focus elsewhere stays. */
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
