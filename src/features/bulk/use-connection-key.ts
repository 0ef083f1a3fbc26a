import { useActiveConnection } from '../../shared/connection/connection-context.tsx'

export function useConnectionKey(): string {
  const { profile } = useActiveConnection()
  return `${profile.apiRoot}|${profile.clientKey}`
}
