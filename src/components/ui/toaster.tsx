import { Toaster as SonnerToaster } from 'sonner'

/** Where toasts appear: bottom right, following the app's light/dark preference. */
export function Toaster() {
  return <SonnerToaster position="bottom-right" theme="system" closeButton richColors={false} toastOptions={{ className: 'toast' }} />
}
