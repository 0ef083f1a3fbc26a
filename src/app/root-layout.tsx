import { Link, Outlet, useRouterState } from '@tanstack/react-router'
import { ConnectionStateBadge } from '../features/connection/components/connection-state-badge.tsx'
import { SchoolYearPicker } from '../features/connection/components/school-year-picker.tsx'
import { useActiveConnection } from '../shared/connection/connection-context.tsx'
import { SnapshotBanner, SnapshotToggle } from '../features/snapshot/snapshot-toggle.tsx'

export function RootLayout() {
  const { profile } = useActiveConnection()
  const onConnectionScreen = useRouterState({ select: (state) => state.location.pathname === '/connection' })
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="app-title">Ed-Fi Sessions Steward</p>
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
            <span className="app-connection-label">Ed-Fi API</span>{' '}
            <Link to="/connection" className="app-connection-name">
              {profile.name}
            </Link>{' '}
            <ConnectionStateBadge /> <code className="app-connection-root">{profile.apiRoot}</code>
          </p>
          <SchoolYearPicker />
          <SnapshotToggle />
        </div>
      </header>
      <SnapshotBanner />
      {profile.secret === 'missing' && !onConnectionScreen && (
        <p className="app-banner" role="status">
          “{profile.name}” needs its client secret again: secrets are not kept after a reload unless you ask for that.{' '}
          <Link to="/connection">Enter it on the Connection screen</Link>.
        </p>
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
