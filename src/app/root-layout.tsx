import { Outlet, useRouterState } from '@tanstack/react-router'
import { SecretPrompt } from '../features/connection/components/secret-prompt.tsx'
import { useActiveConnection } from '../shared/connection/connection-context.tsx'
import { SnapshotBanner } from '../features/snapshot/snapshot-toggle.tsx'
import { AppHeader } from './app-header.tsx'

export function RootLayout() {
  const { profile } = useActiveConnection()
  const onConnectionScreen = useRouterState({ select: (state) => state.location.pathname === '/connection' })
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader />
      <SnapshotBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        {/* Without its secret the connection can read nothing: ask for it instead of failing screens. */}
        {profile.secret === 'missing' && !onConnectionScreen ? <SecretPrompt /> : <Outlet />}
      </main>
    </>
  )
}
