import { Link, useRouterState } from '@tanstack/react-router'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { EdFiDetailsSwitch } from '../components/ui/ed-fi-details-switch.tsx'
import { useDetailsMode } from '../lib/details-mode.ts'
import { ConnectionStateBadge } from '../features/connection/components/connection-state-badge.tsx'
import { SchoolYearPicker } from '../features/connection/components/school-year-picker.tsx'
import { useActiveConnection } from '../shared/connection/connection-context.tsx'
import { SnapshotToggle } from '../features/snapshot/snapshot-toggle.tsx'

export function AppHeader() {
  const { profile } = useActiveConnection()
  const details = useDetailsMode()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const path = useRouterState({ select: (state) => state.location.pathname })
  const [shownPath, setShownPath] = useState(path)
  if (path !== shownPath) {
    setShownPath(path)
    setOpen(false)
  }
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('a, input, button')?.focus()
  }, [open])
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    button.current?.focus()
  }

  return (
    <header className="app-header" onKeyDown={onKeyDown}>
      <div className="app-header-inner">
        <p className="app-title">Ed-Fi Sessions Steward</p>
        <button
          ref={button}
          type="button"
          className="app-menu-button"
          aria-expanded={open}
          aria-controls="app-menu"
          onClick={() => setOpen(!open)}
        >
          Menu
        </button>
        <div id="app-menu" ref={menu} className="app-menu" data-open={open || undefined}>
          <nav aria-label="Main">
            <ul className="app-nav">
              <li>
                <Link to="/" activeOptions={{ exact: true }}>
                  School year
                </Link>
              </li>
              <li>
                <Link to="/sessions">Sessions</Link>
              </li>
              <li>
                <Link to="/quality">Data quality</Link>
              </li>
              <li>
                <Link to="/changes">Change history</Link>
              </li>
              <li>
                <Link to="/bulk">Bulk changes</Link>
              </li>
              <li>
                <Link to="/connection">Connection</Link>
              </li>
            </ul>
          </nav>
          <p className="app-connection">
            <span className="app-connection-label">Connected to</span>{' '}
            <Link to="/connection" className="app-connection-name">
              {profile.name}
            </Link>{' '}
            <ConnectionStateBadge /> {details && <code className="app-connection-root">{profile.apiRoot}</code>}
          </p>
          <SchoolYearPicker />
          <div className="app-switches">
            <SnapshotToggle />
            <EdFiDetailsSwitch />
          </div>
        </div>
      </div>
    </header>
  )
}
