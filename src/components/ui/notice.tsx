import type { ReactNode } from 'react'

interface NoticeProps {
  tone: 'error' | 'warning' | 'success'
  heading?: ReactNode
  level?: 2 | 3
  /** Errors interrupt (alert); warnings and news wait their turn (status) unless the caller needs an alert. */
  role?: 'alert' | 'status'
  className?: string
  children?: ReactNode
}

export function Notice({ tone, heading, level = 3, role = tone === 'error' ? 'alert' : 'status', className, children }: NoticeProps) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <div className={['alert', `alert-${tone}`, className].filter(Boolean).join(' ')} role={role}>
      {heading && <Heading className="alert-heading">{heading}</Heading>}
      {children}
    </div>
  )
}
