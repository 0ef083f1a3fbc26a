import { useRouter } from '@tanstack/react-router'
import type { MouseEvent, ReactNode } from 'react'

interface SessionRowLinkProps {
  sessionId: string
  to: '/sessions/$sessionId' | '/sessions/$sessionId/history'
  className: string
  children: ReactNode
  'aria-label'?: string
}

// A router <Link> rebuilds its location on every render: with two per row, 500 rows spent most of a
// page turn there. Plain anchors navigate in the app on a plain click and prefetch on hover or focus.
export function SessionRowLink({ sessionId, to, className, children, 'aria-label': label }: SessionRowLinkProps) {
  const router = useRouter()
  const target = { to, params: { sessionId } } as const
  const path = `/sessions/${encodeURIComponent(sessionId)}`
  const preload = () => void router.preloadRoute(target).catch(() => undefined)
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void router.navigate(target)
  }
  return (
    <a
      href={to === '/sessions/$sessionId' ? path : `${path}/history`}
      className={className}
      aria-label={label}
      onClick={onClick}
      onPointerEnter={preload}
      onFocus={preload}
    >
      {children}
    </a>
  )
}
