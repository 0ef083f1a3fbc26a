import { toast } from 'sonner'

// The one way screens announce outcomes. Sonner renders toasts in an aria-live region, as text
// (never HTML), so API words are safe to pass.

export const notify = {
  success: (message: string, description?: string) => toast.success(message, { description }),
  info: (message: string, description?: string) => toast.info(message, { description }),
  error: (message: string, description?: string) => toast.error(message, { description, duration: 10_000 }),
}
