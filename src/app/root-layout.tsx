import { useRef } from 'react'
import { Outlet, useRouterState } from '@tanstack/react-router'
import { SecretPrompt } from '../features/connection/components/secret-prompt.tsx'
import { useActiveConnection } from '../shared/connection/connection-context.tsx'
import { SnapshotBanner } from '../features/snapshot/snapshot-toggle.tsx'
import { AppHeader } from './app-header.tsx'
import { useFocusMainOnNavigation } from './use-focus-main-on-navigation.ts'

export function RootLayout() {
  const { profile } = useActiveConnection()
  const onConnectionScreen = useRouterState({ select: (state) => state.location.pathname === '/connection' })
  const main = useRef<HTMLElement>(null)
  useFocusMainOnNavigation(main)
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader />
      <SnapshotBanner />
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        {/* Without its secret the connection can read nothing: ask for it instead of failing screens. */}
        {profile.secret === 'missing' && !onConnectionScreen ? <SecretPrompt /> : <Outlet />}
      </main>
    </>
  )
}
