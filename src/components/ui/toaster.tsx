import { lazy, Suspense } from 'react'

// Sonner arrives in its own chunk after the first screen (see notify.ts).
const SonnerToaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })))

export function Toaster() {
  return (
    <Suspense fallback={null}>
      <SonnerToaster position="bottom-right" theme="system" closeButton richColors={false} toastOptions={{ className: 'toast' }} />
    </Suspense>
  )
}
