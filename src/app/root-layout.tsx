import { Link, Outlet } from '@tanstack/react-router'

interface RootLayoutProps {
  apiRoot: string
}

export function RootLayout({ apiRoot }: RootLayoutProps) {
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
                <Link to="/sessions">Sessions</Link>
              </li>
              <li>
                <Link to="/changes">Change history</Link>
              </li>
            </ul>
          </nav>
          <p className="app-connection">
            <span className="app-connection-label">Ed-Fi API</span> <code>{apiRoot}</code>
          </p>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
