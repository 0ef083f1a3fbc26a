import { useQuery } from '@tanstack/react-query'
import { use, useMemo, useSyncExternalStore } from 'react'
import { DS52_FORM_LIMITS, type SessionFormLimits } from '../../entities/sessions/session-form-limits.ts'
import { sessionFormSchemaFor } from '../../entities/sessions/session-form-rules.ts'
import { ConnectionContext } from './connection-context.tsx'
import { connectionQueries } from './connection-queries.ts'

const noSubscription = () => () => {}
const noState = () => undefined

/**
 * The session form rules of the connected server: its limits and the zod schema built from them,
 * the one source for the editor and for bulk checks. DS 5.2 until the metadata is read, and outside
 * a <ConnectionProvider> (component tests).
 */
export function useSessionFormRules(): { limits: SessionFormLimits; schema: ReturnType<typeof sessionFormSchemaFor> } {
  const active = use(ConnectionContext)?.active
  const state = useSyncExternalStore(active?.subscribe ?? noSubscription, active?.getSnapshot ?? noState)
  const connection = state?.connection
  const query = useQuery({
    queryKey: connection ? connectionQueries.formLimits(connection).queryKey : [...connectionQueries.all(), 'form-limits', 'none'],
    queryFn: () => (connection ? connection.formLimits() : Promise.reject(new Error('not connected'))),
    enabled: connection !== undefined,
    staleTime: Infinity,
  })
  const limits = query.data ?? DS52_FORM_LIMITS
  const schema = useMemo(() => sessionFormSchemaFor(limits), [limits])
  return { limits, schema }
}
