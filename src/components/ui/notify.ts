// The one way screens announce outcomes. Sonner renders toasts in an aria-live region, as text
// (never HTML), so API words are safe to pass. It is loaded on first use (with the Toaster, after
// the first screen), so the first route does not carry it.

const sonner = () => import('sonner')

export const notify = {
  success: (message: string, description?: string) => void sonner().then(({ toast }) => toast.success(message, { description })),
  info: (message: string, description?: string) => void sonner().then(({ toast }) => toast.info(message, { description })),
  error: (message: string, description?: string) =>
    void sonner().then(({ toast }) => toast.error(message, { description, duration: 10_000 })),
}
