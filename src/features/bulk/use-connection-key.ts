import { useActiveConnection } from '../../shared/connection/connection-context.tsx'

/** Batches belong to one API root and client key: a plan read from one API never runs against another. */
export function useConnectionKey(): string {
  const { profile } = useActiveConnection()
  return `${profile.apiRoot}|${profile.clientKey}`
}
