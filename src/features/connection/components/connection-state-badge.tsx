import { useQuery } from '@tanstack/react-query'
import { useActiveConnection } from '../../../shared/connection/connection-context.tsx'
import { connectionProblemOf } from '../../../shared/connection/connection-problems.ts'
import { connectionQueries } from '../../../shared/connection/connection-queries.ts'

export function ConnectionStateBadge() {
  const { connection } = useActiveConnection()
  const check = useQuery(connectionQueries.check(connection))
  const [state, text] = check.isPending
    ? ['pending', 'checking…']
    : check.isError
      ? ['error', connectionProblemOf(check.error) === 'secretMissing' ? 'secret needed' : 'not connected']
      : ['ok', 'connected']
  return (
    <span className="connection-state" data-state={state}>
      {text}
    </span>
  )
}
